"""decode never guesses silently: torn UTF-8 stays UTF-8, legacy pages read in their own
alphabet, and a decoding the text does not confirm is flagged and reported."""

import pytest
from conftest import SAMPLES
from typer.testing import CliRunner

from paperarchive.cli import app
from paperarchive.decode import decode

# Ten Chinese pages are made of these lines, each starting at another one.
_LINES = [
    "重阳节前夕，社区举办敬老活动，为辖区老人送上祝福和慰问品。",
    "活动现场气氛热烈，志愿者们为老人表演节目，大家欢聚一堂共度佳节。",
    "市政府召开常务会议，研究部署冬季供暖和城市道路维修工作。",
    "本报讯 记者从市教育局获悉，今年全市新建改建中小学校十二所。",
    "农业农村部门组织专家深入田间地头，指导农民做好秋收秋种。",
    "社区党支部开展主题党日活动，党员志愿者走访慰问困难群众。",
    "图书馆推出夜间阅读服务，每周五延长开放时间至晚上九点。",
    "交通部门提醒市民，高峰时段请合理安排出行路线，注意安全。",
    "文化广场举行非遗展演，剪纸、皮影、糖画等项目吸引众多游客。",
    "气象台预计，本周后期将有一次明显降温过程，请注意添衣保暖。",
]


def _torn(text: str, every: int = 45) -> bytes:
    """UTF-8 with one stray byte after every `every` characters."""
    return b"\xff".join(text[i : i + every].encode() for i in range(0, len(text), every))


def test_a_short_utf8_line_with_one_bad_byte_is_utf8_not_greek():
    decoded = decode("重阳节敬老活动".encode() + b"\xff" + "今天举行".encode())
    assert (decoded.encoding, decoded.text, decoded.replaced) == ("utf-8", "重阳节敬老活动\ufffd今天举行", 1)
    assert decoded.confidence > 0.9 and not decoded.doubt


@pytest.mark.parametrize("first", range(10))
def test_chinese_utf8_pages_torn_every_45_characters_stay_searchable(first):
    page = "\n".join(_LINES[(first + i) % 10] for i in range(10)) + "\n"
    decoded = decode(_torn(page))
    assert decoded.encoding == "utf-8"
    assert decoded.replaced == len(range(45, len(page), 45))
    assert decoded.text.replace("\ufffd", "") == page


def test_english_utf8_page_with_one_stray_byte_keeps_its_accents_and_quotes():
    page = "The café opened — it’s the town’s first. Mr. Dupré spoke.\n" * 2
    decoded = decode(page.encode() + b"\x9d" + b"More news here.\n")
    assert decoded.encoding == "utf-8" and decoded.replaced == 1
    assert "café" in decoded.text and "it’s" in decoded.text and "Ã" not in decoded.text


@pytest.mark.parametrize(
    "text, codec, expected",
    [
        (
            "Der Bürgermeister äußerte sich über die Straßenbahn. Größere Öffnungszeiten für die Bürger.\n",
            "latin-1",
            "cp1252",
        ),
        (
            "L’été à Paris : très belle fête où l’on célèbre « les œuvres » et les châteaux.\n",
            "cp1252",
            "cp1252",
        ),
        (
            "Burmistrz powiedział, że w przyszłym roku miasto zbuduje nową szkołę i źródło wody.\n",
            "iso8859-2",
            "iso8859-2",
        ),
        (
            "Starosta řekl, že příští rok město postaví novou školu; přečtěte si články o tom.\n",
            "iso8859-2",
            "iso8859-2",
        ),
        (
            "Starosta řekl, že příští rok město postaví novou školu; přečtěte si články o tom.\n",
            "cp1250",
            "cp1250",
        ),
        (
            "Kooperatif Başkanı İsmail Özdemir, fındığın fiyatını Çarşamba günü açıkladı; üreticiler düşük buldu.\n",
            "iso8859-9",
            "cp1254",
        ),
        (
            "Kunnanvaltuusto päätti, että šekkien käsittely siirtyy; Žitomirin ystävyyskaupunki vieraili.\n",
            "iso8859-15",
            "iso8859-15",
        ),
        (
            "L’alcaldessa va explicar que la col·lecció del molí s’obrirà a la plaça; aquí hi haurà més veïns i història.\n",
            "cp1252",
            "cp1252",
        ),
        (
            "Vallavolikogu otsustas, et õpilaste šokolaadiraha läheb nüüd koolile; žürii kiitis tööd.\n",
            "cp1257",
            "cp1257",
        ),
        (
            "Pilsētas dome nolēma, ka jaunā skola tiks uzbūvēta nākamgad; ģimenes ļoti priecājās.\n",
            "cp1257",
            "cp1257",
        ),
        (
            "Die raad het besluit dat die ou skool ’n nuwe dak kry; dié week sê die boere dis goeie nuus.\n",
            "cp1252",
            "cp1252",
        ),
        (
            "Il-Kunsill qal li l-pjazza l-ġdida se tiftaħ għall-pubbliku; il-ħaddiema għamlu xogħol tajjeb.\n",
            "iso8859-3",
            "iso8859-3",
        ),
        (
            "Primarul a spus: „Școala nouă se deschide în toamnă”, iar părinții s-au bucurat de veste.\n",
            "iso8859-16",
            "iso8859-16",
        ),
        (
            "Deputāts teica: „Jaunā skola tiks uzbūvēta nākamgad”, un ģimenes ļoti priecājās.\n",
            "iso8859-13",
            "iso8859-13",
        ),
        (
            "La komitato decidis, ke ĝi ŝanĝos la kunvenejon; ŝi diris, ke ankaŭ la ĉefurbo ĉeestos.\n",
            "iso8859-3",
            "iso8859-3",
        ),
        (
            "Digor e vo ar c'hlasoù nevez er gêr d'an distro-skol, emezañ; « plijet-bras omp » eme ar gerent.\n",
            "latin-1",
            "cp1252",
        ),
        (
            "De bern fan it doarp hawwe sneon by it hûs fan Sjoerd keatst; dêr wiene se ’t wiis mei ús skoalle.\n",
            "cp1252",
            "cp1252",
        ),
        (
            "Guoktenuppelohkái olbmo čoahkkanedje Guovdageainnu gilišillju; sii ožžo ođđa boazosámi lávlagiid, dadjá Ánte Sára.\n",
            "iso8859-10",
            "iso8859-10",
        ),
    ],
    ids=[
        "german-latin1",
        "french-cp1252",
        "polish-latin2",
        "czech-latin2",
        "czech-cp1250",
        "turkish-latin5",
        "finnish-latin9",
        "catalan-cp1252",
        "estonian-cp1257",
        "latvian-cp1257",
        "afrikaans-cp1252",
        "maltese-latin3",
        "romanian-latin10",
        "latvian-latin7-quotes",
        "esperanto-latin3",
        "breton-latin1",
        "west-frisian-cp1252",
        "northern-sami-latin6",
    ],
)
@pytest.mark.parametrize("lines", [1, 20])
def test_latin_script_legacy_pages_read_in_their_own_alphabet(text, codec, expected, lines):
    decoded = decode((text * lines).encode(codec))
    assert decoded.text == text * lines
    assert decoded.encoding == expected
    assert decoded.confidence >= 0.95 and not decoded.doubt


@pytest.mark.parametrize(
    "text, codec, expected",
    [
        ("東京の新聞によると、今日は天気がとても良いです。市民は公園で楽しい時間を過ごしました。\n", "shift_jis", "cp932"),
        ("東京の新聞によると、今日は天気がとても良いです。市民は公園で楽しい時間を過ごしました。\n", "euc_jp", "euc_jp"),
        ("서울시는 오늘 새로운 공원을 개장한다고 밝혔다. 시민들은 주말에 공원에서 시간을 보낼 수 있다.\n", "euc_kr", "cp949"),
    ],
    ids=["shift-jis", "euc-jp", "euc-kr"],
)
def test_japanese_and_korean_pages_are_not_read_as_chinese(text, codec, expected):
    decoded = decode((text * 3).encode(codec))
    assert (decoded.encoding, decoded.text) == (expected, text * 3)


def test_a_latin_page_gb18030_could_read_as_chinese_is_never_chinese_silently():
    page = "Zürich: Smørrebrød, façade, naïve.\n"  # accents of several alphabets: no one code page fits
    decoded = decode(page.encode("cp1252"))
    assert decoded.text == page or decoded.doubt
    assert decoded.encoding != "gb18030" or decoded.doubt


def test_a_fraction_on_a_western_page_does_not_wake_the_regional_code_pages():
    page = "Wheat sold at 4s. 3½d. a bushel; the café at Müller's corner reopened.\n" * 3  # ½ is œ in Latin-9
    decoded = decode(page.encode("latin-1"))
    assert (decoded.text, decoded.encoding) == (page, "cp1252") and "iso8859-15" not in decoded.doubt


def test_ambiguous_short_text_is_flagged_with_the_rival_reading():
    decoded = decode("à très".encode("cp1252"))  # "ŕ trčs" in latin-2: letters too
    assert decoded.text == "à très"
    assert "iso8859-2" in decoded.doubt and decoded.confidence < 0.8


def test_a_guess_the_text_does_not_confirm_is_doubtful():
    decoded = decode("Городской совет принял новый бюджет на следующий год.\n".encode("cp1251") * 3)
    assert decoded.doubt.startswith("chardet guessed") and decoded.confidence < 0.8


def test_confident_decodings_stay_quiet():
    for path in sorted(SAMPLES.rglob("*.txt")):
        decoded = decode(path.read_bytes())
        assert decoded.confidence >= 0.8 and not decoded.doubt, path


def test_ingest_reports_a_doubtful_decoding_with_file_encoding_and_reason(tmp_path):
    archive = tmp_path / "pages"
    archive.mkdir()
    (archive / "greetings.txt").write_bytes("Городской совет принял новый бюджет.\n".encode("cp1251") * 3)
    (archive / "good.txt").write_text("重阳节前夕，社区举办敬老活动。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--index", str(tmp_path / "index"), "ingest", str(archive)])
    assert result.exit_code == 0, result.output
    warned = [line for line in result.output.splitlines() if "greetings.txt" in line]
    assert warned and "warning" in warned[0] and "cp1251" in warned[0] and "chardet guessed" in warned[0]
    assert not [line for line in result.output.splitlines() if "good.txt" in line]


def test_a_doubtful_decoding_is_recorded_with_its_page_and_listed_by_stats_after_a_reindex(tmp_path):
    import json
    from pathlib import Path

    archive = tmp_path / "pages"
    archive.mkdir()
    (archive / "greetings.txt").write_bytes("Городской совет принял новый бюджет.\n".encode("cp1251") * 3)
    (archive / "good.txt").write_text("重阳节前夕，社区举办敬老活动。\n", encoding="utf-8")
    index = str(tmp_path / "index")
    assert CliRunner().invoke(app, ["--index", index, "ingest", str(archive)]).exit_code == 0
    assert CliRunner().invoke(app, ["--index", index, "reindex"]).exit_code == 0  # kept through a rebuild
    listed = json.loads(CliRunner().invoke(app, ["--index", index, "stats", "--json"]).stdout)["doubtful_decodings"]
    assert [(Path(d["path"]).name, d["encoding"]) for d in listed] == [("greetings.txt", "cp1251")]
    assert listed[0]["why"].startswith("chardet guessed")
    table = CliRunner().invoke(app, ["--index", index, "stats"]).stdout
    assert "doubtful decoding\t" in table and "greetings.txt: cp1251" in table and "good.txt" not in table
