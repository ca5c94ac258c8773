"""Local configuration: a bbiccheck.yaml in the checked folder or a parent (or --config).

```yaml
rules: [../lokala-regler]        # extra rule folders, relative to this file
disable: [MALL02]                # rules turned off
severity: {RISK01: info}         # severity per rule
params: {ANA02: {max_restated: 0.5}}   # a rule's kind parameters
lang: sv
fail_on: error
limits: {max_file_bytes: 50000000}
```
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bbiccheck.load.base import Limits
from bbiccheck.model import Severity

CONFIG_NAME = "bbiccheck.yaml"


class ConfigError(Exception):
    pass


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rules: list[Path] = Field(default_factory=list)
    disable: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)
    params: dict[str, dict[str, Any]] = Field(default_factory=dict)
    lang: Literal["sv", "en"] | None = None
    fail_on: Literal["error", "warning", "info", "never"] | None = None
    limits: Limits = Field(default_factory=Limits)
    source: Path | None = Field(None, exclude=True)


def find_config(start: Path) -> Path | None:
    here = start.resolve()
    for folder in [here] + list(here.parents) if here.is_dir() else [here.parent] + list(here.parent.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        config = Config.model_validate(data)
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: cannot read configuration: {error}") from None
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{path}: {field}: {first['msg']}") from None
    config.rules = [(path.parent / p).resolve() for p in config.rules]
    config.source = path
    return config
