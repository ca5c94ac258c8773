"""Swedish date forms, calendar arithmetic, fictional personnummer, and an independent deadline
check used only to keep the hand-written corpus labels honest (it is not the checker's code)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]


def d(s: str) -> date:
    return date.fromisoformat(s)


def add_months(day: date, n: int) -> date:
    m = day.month - 1 + n
    y = day.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def plus(day: date, days: int) -> date:
    return day + timedelta(days=days)


def ordinal(n: int) -> str:
    return f"{n}:{'a' if n % 10 in (1, 2) and n not in (11, 12) else 'e'}"


def fmt(day: date, style: str = "iso") -> str:
    """Every Swedish date form seen in case files."""
    if style == "iso":
        return day.isoformat()
    if style == "compact":
        return day.strftime("%Y%m%d")
    if style == "short":  # 260302
        return day.strftime("%y%m%d")
    if style == "long":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "den":
        return f"den {day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "den_a":
        return f"den {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    if style == "slash":
        return f"{day.day}/{day.month} {day.year}"
    if style == "weekday":
        return f"{WEEKDAYS[day.weekday()]}en den {day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "month":
        return f"{MONTHS[day.month - 1]} {day.year}"
    raise ValueError(style)


def pnr(birth: date, serial: int) -> str:
    """Personnummer in the test style: födelsenummer 980–999 (not issued to real people), valid Luhn digit."""
    assert 980 <= serial <= 999
    base = birth.strftime("%y%m%d") + f"{serial:03d}"
    total = 0
    for i, ch in enumerate(base):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    check = (10 - total % 10) % 10
    return f"{birth.strftime('%Y%m%d')}-{serial:03d}{check}"


def age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
