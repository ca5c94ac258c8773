"""Author presets (who writes, in which municipality's template) and short-hands for document lists."""

from .dates import d

TERSE = dict(style="terse", handl="Lena Holm", kommun="Granfors kommun", enhet="IFO Barn och unga",
             chef="Per Ahlgren, enhetschef", heading_mode="bold+caps", header_style=2, date_style="iso")
TERSE2 = dict(style="terse", handl="Mikael Svensson", kommun="Strandby kommun", enhet="Socialtjänsten, barn",
              chef="Helena Roos, 1:e socialsekreterare", heading_mode="bold", header_style=3,
              date_style=["iso", "slash"])
DETAILED = dict(style="detailed", handl="Sara Berg", kommun="Norrviks kommun", enhet="Barn och familj",
                chef="Anna Lövgren, förste socialsekreterare", heading_mode="style", header_style=1,
                date_style=["iso", "long", "den"])
DETAILED2 = dict(style="detailed", handl="Karin Sjöberg", kommun="Sjöbacka kommun", enhet="Barn- och ungdomsenheten",
                 chef="Tomas Wik, sektionschef", heading_mode="style+num", header_style=2,
                 date_style=["long", "iso", "den_a"])
NEWGRAD = dict(style="newly_graduated", handl="Ebba Lind", kommun="Älvstads kommun", enhet="Mottagning och utredning",
               chef="Maria Karlsson, enhetschef", heading_mode="style", header_style=1,
               date_style=["iso", "den", "long"])
NEWGRAD2 = dict(style="newly_graduated", handl="Jonas Ek", kommun="Björkvalla kommun", enhet="Barn och ungdom",
                chef="Lisa Berglund, 1:e socialsekreterare", heading_mode="bold", header_style=3,
                date_style=["compact", "iso"])
MIXED = dict(style="mixed", handl="Fatima Hassan", kommun="Ekholma kommun", enhet="Barn- och familjeenheten",
             chef="Ahmed Rahimi, enhetschef", heading_mode="style", header_style=2,
             date_style=["iso", "slash", "long", "den_a"])
MIXED2 = dict(style="mixed", handl="Petra Nyström", kommun="Lindås kommun", enhet="Individ- och familjeomsorgen",
              chef="Jan Forsberg, avdelningschef", heading_mode="bold+caps", header_style=1,
              date_style=["iso", "den", "compact"])


def F(**kw):
    return ("forhandsbedomning", kw)


def PL(**kw):
    return ("utredningsplan", kw)


def U(**kw):
    return ("utredning", kw)


def UD(**kw):
    return ("uppdrag", kw)


def GP(**kw):
    return ("genomforandeplan", kw)


def UF(**kw):
    return ("uppfoljning", kw)


def BE(**kw):
    return ("beslut", kw)


def VP(**kw):
    return ("vardplan", kw)


def OV(day: str, filename: str, **kw):
    return ("overvagande", dict(day=d(day), filename=filename, **kw))


def LO(ext="docx", **kw):
    """Options for a document made with LibreOffice."""
    return dict(producer="libreoffice", **kw)


PD = dict(producer="pandoc")
MD = dict(producer="markdown")
PY = dict(producer="python-docx")
