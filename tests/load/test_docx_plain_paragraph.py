"""The reader's short path for paragraphs of plain runs gives exactly the general walk's block.

``_plain_paragraph`` reads most paragraphs (runs of ``w:t`` text with properties); anything else goes
to ``_Inline``. Random paragraphs of both kinds: where the short path answers, its block must be the
general walk's, and it must answer for every paragraph without fields, tabs, breaks, wrappers… The scan it
rests on, ``plain_runs``, is done in C by docx_plain.pyx where that is built (with ``children``, the walker's
list of a container's children): the same as its Python twin.
"""

from __future__ import annotations

from importlib.util import find_spec
from xml.sax.saxutils import escape

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from bbiccheck.load.docx_reader import (
    _NOT_PLAIN,
    _NOT_PLAIN_INLINE,
    _NOT_PLAIN_RUN,
    _paragraph,
    _plain_paragraph,
    _Walk,
    children,
    plain_runs,
)
from bbiccheck.load.docx_styles import StyleSheet

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

STYLES = StyleSheet(etree.fromstring(f"""<w:styles xmlns:w="{W}">
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
    <w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Liststycke"><w:name w:val="List Paragraph"/></w:style>
  <w:style w:type="paragraph" w:styleId="Fet"><w:name w:val="Fet text"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Stark"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Tunn"><w:name w:val="Thin"/><w:rPr><w:b w:val="0"/></w:rPr></w:style>
</w:styles>""".encode()))

_text = st.text(alphabet=st.sampled_from("ab Å\u00a0\u00ad\t\n\r\u200b.–"), max_size=6)
_rpr = st.sampled_from(["", "<w:rPr/>", "<w:rPr><w:b/></w:rPr>", '<w:rPr><w:b w:val="0"/></w:rPr>',
                        '<w:rPr><w:rStyle w:val="Stark"/></w:rPr>', '<w:rPr><w:rStyle w:val="Tunn"/></w:rPr>',
                        '<w:rPr><w:i/></w:rPr><w:rPr><w:b/></w:rPr>'])
# Run content the general walk ignores, and run content only it reads.
_run_ignored = st.sampled_from(["<w:instrText>PAGE</w:instrText>", "<w:delText>bort</w:delText>",
                                '<w:sym w:char="F04A"/>', "<w:lastRenderedPageBreak/>", "<w:softHyphen/>"])
_run_special = st.sampled_from(["<w:tab/>", "<w:br/>", '<w:br w:type="page"/>', "<w:cr/>", "<w:noBreakHyphen/>",
                                '<w:fldChar w:fldCharType="begin"/>', '<w:fldChar w:fldCharType="end"/>', "<w:ptab/>",
                                f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Fallback><w:t>x</w:t></mc:Fallback>'
                                "</mc:AlternateContent>"])
_ppr = st.sampled_from(["", "<w:pPr/>", '<w:pPr><w:pStyle w:val="Rubrik1"/></w:pPr>',
                        '<w:pPr><w:pStyle w:val="Liststycke"/></w:pPr>', '<w:pPr><w:pStyle w:val="Fet"/></w:pPr>',
                        '<w:pPr><w:pStyle w:val="Saknas"/></w:pPr>', '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>',
                        '<w:pPr><w:outlineLvl w:val="9"/></w:pPr>',
                        '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>',
                        '<w:pPr><w:pStyle w:val="Liststycke"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>'])


@st.composite
def _run(draw, extra: st.SearchStrategy[str] | None = None) -> str:
    """A run of text and ignored content, its properties anywhere (first in Word's files, but they need not
    be), and the ``extra`` content if given."""
    text = st.builds(lambda t: f'<w:t xml:space="preserve">{escape(t)}</w:t>', _text)
    parts = draw(st.lists(st.one_of(text, _run_ignored), max_size=4))
    parts.insert(draw(st.integers(0, len(parts))), draw(_rpr))
    if extra is not None:
        parts.insert(draw(st.integers(0, len(parts))), draw(extra))
    return "<w:r>" + "".join(parts) + "</w:r>"


_ignored = st.sampled_from(['<w:bookmarkStart w:id="0" w:name="a"/>', '<w:proofErr w:type="x"/>',
                            "<w:del><w:r><w:delText>bort</w:delText></w:r></w:del>",
                            "<w:moveFrom><w:r><w:t>flyttad</w:t></w:r></w:moveFrom>"])


@st.composite
def _paragraph_xml(draw) -> tuple[str, bool]:
    """A paragraph and whether it holds one piece of content that only the general walk reads."""
    children = draw(st.lists(st.one_of(_run(), _run(), _ppr, _ignored), max_size=5))
    special = draw(st.booleans())
    if special:  # one such piece: in a run of its own or within another, or a wrapper around a run
        if draw(st.booleans()):
            special_xml = draw(_run(_run_special))
        else:
            run = draw(_run())
            wrapper = draw(st.sampled_from(["hyperlink", "ins", "smartTag", "fldSimple", "moveTo", "customXml", "dir",
                                            "bdo"]))
            special_xml = f"<w:{wrapper}>{run}</w:{wrapper}>"
        children.insert(draw(st.integers(0, len(children))), special_xml)
    namespace = draw(st.sampled_from([W, STRICT]))
    return f'<w:p xmlns:w="{namespace}">{"".join(children)}</w:p>', special


@settings(max_examples=400, deadline=None)
@given(_paragraph_xml())
def test_plain_paragraph_is_the_general_walk(case):
    xml, has_special = case
    p = etree.fromstring(xml.encode())
    general = [block for _, block in _paragraph(p, _Walk(STYLES, 400), 0)]
    plain = _plain_paragraph(p, STYLES)
    assert (plain is _NOT_PLAIN) == has_special
    if plain is not _NOT_PLAIN:
        assert general == ([plain] if plain is not None else [])


# Beyond the random paragraphs: other namespaces, comments and PIs between runs and within text, empty text.
_ODD = [f'<w:p xmlns:w="{W}" xmlns:s="{STRICT}" xmlns:x="urn:x"><!--c--><w:r><s:t>a</s:t><x:t>b</x:t>'
        f'<s:rPr><s:b/></s:rPr><w:rPr/></w:r><x:r><w:t>c</w:t></x:r><s:r><w:t>d<!--e-->f</w:t><?pi x?></s:r>'
        f'<w:r><w:t/><w:t> </w:t></w:r><x:pPr/><s:pPr/><w:pPr/></w:p>',
        f'<w:p xmlns:w="{W}" xmlns:x="urn:x"><x:hyperlink/><w:r><x:tab/><w:t>a</w:t></w:r></w:p>',
        f'<w:p xmlns:w="{W}" xmlns:mc="{MC}"><w:r><mc:AlternateContent/></w:r></w:p>',
        f'<p><r><t>x</t></r></p>', f'<w:p xmlns:w="{W}"/>',
        f'<w:body xmlns:w="{W}" xmlns:s="{STRICT}" xmlns:x="urn:x"><w:p/><!--c--><s:tbl/><x:p/><w:sectPr/><?pi x?>'
        f'<w:tbl><w:tr><w:tc><s:p/></w:tc></w:tr><s:tr><x:tc/><s:tc/></s:tr><x:tr/><tr/></w:tbl><p/></w:body>']


@pytest.mark.skipif(find_spec("bbiccheck.load.docx_plain") is None, reason="docx_plain not built")
@settings(max_examples=200, deadline=None)
@given(_paragraph_xml())
def test_scans_in_c_are_their_python_twins(case):
    from bbiccheck.load import docx_plain

    for xml in [case[0], *_ODD]:
        p = etree.fromstring(xml.encode())
        twin = plain_runs(p, _NOT_PLAIN_INLINE, _NOT_PLAIN_RUN)  # its proxies stay alive, so the C scan's are them
        assert docx_plain.plain_runs(p, _NOT_PLAIN_INLINE, _NOT_PLAIN_RUN) == twin
        for parent in [p, *p.iter()]:
            twin = children(parent)
            assert docx_plain.children(parent) == twin
