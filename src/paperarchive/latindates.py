"""Dates and weekdays as Latin-script papers print them, in any of their languages.

A running head says the day in the paper's own words ("Senin, 30 November 2026",
"2026. november 30., hétfő", "29 de noviembre de 2026", "Lunes, Nobyembre 30, 2026"),
so finding one must not hang on English or German month names.

>>> [LATIN_DATE.search(s).group(0) for s in ("Senin, 30 November 2026", "2026. november 30., hétfő", "Lunes, Nobyembre 30, 2026")]
['30 November 2026', '2026. november 30.', 'Nobyembre 30, 2026']
>>> LATIN_DATE.search("Santa Fe, domingo 29 de noviembre de 2026 - Página 8").group(0)
'29 de noviembre de 2026'
>>> LATIN_DATE.search("the 30 members met in May"), LATIN_DATE.search("Sh2.4 billion in 2026")
(None, None)
>>> [LATIN_DATE.search(s).group(0) for s in ("Gwener 27 a viz Du 2026", "Djárason, 2 di desèmber 2026", "It Wâldblêd · 26-11-2026 · 5")]
['27 a viz Du 2026', '2 di desèmber 2026', '26-11-2026']
>>> LATIN_DATE.search("call 12-11/2026")
"""

from __future__ import annotations

import re

# Each month's name in the languages of Latin-script papers (the genitive where a language
# dates so: Polish "listopada", Czech "listopadu", Finnish "marraskuuta"; and as a
# typewriter or an OCR engine without accents spells it: "fevrier", "maerz"), Turkish, Estonian,
# Icelandic, Romanian, Croatian, Serbian and Slovenian, Welsh, Catalan, Swahili and Malay among them;
# then Azerbaijani, Albanian, Maltese, Slovak, Afrikaans and Luxembourgish; West Frisian, Breton,
# Papiamentu and Māori (its loan months and the older names: "Hakihea" is December).
_MONTH_NAMES = (
    "january januar jänner janvier enero janeiro gennaio januari stycznia ledna január tammikuuta"
    " ocak jaanuar janúar ianuarie siječnja siječanj ionawr gener"
    " yanvar janar jannar januára jannewaris genver yanüari hānuere kohitātea",
    "february februar février fevrier febrero fevereiro febbraio februari lutego února február helmikuuta pebrero"
    " şubat subat veebruar febrúar februarie veljače veljača chwefror febrer"
    " fevral shkurt frar februára febrewaris c'hwevrer febrüari pēpuere huitanguru",
    "march märz maerz mars marzo março marzo maart marts marca března március maret maaliskuuta marso"
    " mart märts martie ožujka ožujak marec mawrth machi mac març"
    " marzu mäerz meurzh māehe poutūterangi",
    "april avril abril aprile kwietnia dubna április huhtikuuta nisan aprill apríl aprilie travnja travanj ebrill aprili"
    " aprel prill apríla abrëll ebrel āperira paengawhāwhā",
    "may mai mayo maio maggio mei maj maja května május toukokuuta mayıs mayis maí svibnja svibanj maig"
    " mejju mája mee maaie mae haratua",
    "june juni juin junio junho giugno czerwca června június juni kesäkuuta hunyo"
    " haziran juuni júní iunie lipnja lipanj jun junij mehefin juny"
    " iyun qershor ġunju júna junie mezheven yüni hune pipiri",
    "july juli juillet julio julho luglio lipca července július heinäkuuta hulyo"
    " temmuz juuli júlí iulie srpnja srpanj jul julij gorffennaf julai juliol"
    " iyul korrik lulju júla julie gouere yüli hūrae hōngongoi",
    "august août aout agosto augustus augusti sierpnia srpna augusztus agustus elokuuta"
    " ağustos agustos ágúst kolovoza kolovoz avgust awst agosti ogos agost"
    " avqust gusht awwissu augusta eost ougùstùs ākuhata",
    "september septembre septiembre setiembre setembro settembre września září szeptember syyskuuta setyembre"
    " eylül eylul septembrie rujna rujan septembar medi septemba setembre"
    " sentyabr shtator settembru septembra septimber gwengolo sèptèmber hepetema mahuru",
    "october oktober octobre octubre outubro ottobre października října október lokakuuta oktubre"
    " ekim oktoober octombrie oktobar hydref oktoba"
    " oktyabr tetor ottubru októbra òktober oketopa",
    "november novembre noviembre novembro listopada listopadu marraskuuta nobyembre"
    " kasım kasim nóvember noiembrie studenoga studenog studeni novembar tachwedd novemba"
    " noyabr nëntor novembru novembra novimber novèmber noema",
    "december dezember décembre decembre diciembre dezembro dicembre desember grudnia prosince joulukuuta disyembre"
    " aralık aralik detsember decembrie prosinca prosinac decembar rhagfyr desemba disember desembre"
    " dekabr dhjetor diċembru decembra desimber kerzu desèmber tīhema hakihea",
)
# (Croatian "listopada" is October, Polish November: read as Polish, the date still found.)
# Breton October and November are French and English words: read only after "a viz" ("of the month").
_BRETON_SHORT_MONTHS = {"here": 10, "du": 11}
_NAMED_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}
MONTHS = _NAMED_MONTHS | _BRETON_SHORT_MONTHS
_MONTH = "|".join(sorted(_NAMED_MONTHS, key=len, reverse=True))
_DAY = r"\d{1,2}"
_YEAR = r"(?:1[6-9]|20)\d{2}"

# A whole date: the day first ("30. listopadu 2022", "29 de noviembre de 2026", "1er avril 2026"),
# the month first ("Nobyembre 30, 2026"), the year first as Hungarian prints it ("2026. november 30."),
# in figures ("29/11/2026", "30.11.2026", "26-11-2026"), or in Vietnamese words and figures ("ngày 23 tháng 11 năm 2026");
# an Azerbaijani year is an ordinal ("26 noyabr 2026-cı il"), a Maltese month follows "ta'", a
# Papiamentu one "di" ("2 di desèmber 2026"), a Breton one "a viz" ("27 a viz Du 2026").
LATIN_DATE = re.compile(
    rf"\b(?:{_DAY}(?:\.|er|º)?\s+(?:de\s+|d['’]|ta['’]\s+|di\s+)?(?:{_MONTH})\.?,?\s+(?:de\s+)?{_YEAR}(?:-c[iıuü]\s+il)?"
    rf"|(?:{_MONTH})\.?\s+{_DAY},?\s+{_YEAR}"
    rf"|{_YEAR}\.\s+(?:{_MONTH})\s+{_DAY}\.?"
    rf"|{_DAY}\s+a\s+viz\s+(?:{_MONTH}|{'|'.join(_BRETON_SHORT_MONTHS)})\s+{_YEAR}"
    rf"|{_DAY}(?P<sep>[./-]){_DAY}(?P=sep){_YEAR}"
    rf"|ngày\s+{_DAY}\s+tháng\s+{_DAY}\s+năm\s+{_YEAR})(?!\w)",
    re.IGNORECASE,
)

# A day and its month with no year, as a calendar's row dates a feast: "6 de abril", "16 Oktober".
LATIN_DAY_AND_MONTH = re.compile(rf"\b{_DAY}\.?\s+(?:de\s+|d['’]|ta['’]\s+|di\s+)?(?:{_MONTH})(?!\w)", re.IGNORECASE)

# A month and its year with no day, as a monthly dates its issue: "Tachwedd 2026", "November 2026".
LATIN_MONTH_YEAR = re.compile(rf"\b(?:{_MONTH})\.?,?\s+{_YEAR}(?!\w)", re.IGNORECASE)

_WEEKDAY_NAMES = (
    "monday tuesday wednesday thursday friday saturday sunday"
    " montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag"
    " lundi mardi mercredi jeudi vendredi samedi dimanche"
    " lunes martes miércoles jueves viernes sábado domingo"
    " segunda-feira terça-feira quarta-feira quinta-feira sexta-feira"
    " lunedì martedì mercoledì giovedì venerdì sabato domenica"
    " maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
    " mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag"
    " poniedziałek wtorek środa czwartek piątek sobota niedziela"
    " pondělí úterý středa čtvrtek pátek neděle"
    " hétfő kedd szerda csütörtök péntek szombat vasárnap"
    " senin selasa rabu kamis jumat sabtu minggu"
    " miyerkules huwebes biyernes sabado linggo"
    " maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai"
    " pazartesi salı sali çarşamba carsamba perşembe persembe cuma cumartesi pazar"
    " esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev"
    " mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur sunnudagur"
    " ponedjeljak ponedeljak ponedeljek utorak torek srijeda sreda četvrtak četrtek petak petek subota nedjelja nedelja"
    " luni marți marti miercuri joi vineri sâmbătă sambata duminică duminica"
    " dilluns dimarts dimecres dijous divendres dissabte diumenge"
    " jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili isnin khamis jumaat ahad"
    " mánadagur týsdagur mikudagur hósdagur fríggjadagur leygardagur"
    " méindeg dënschdeg mëttwoch donneschdeg freideg samschdeg sonndeg"
    " e_hënë e_martë e_mërkurë e_enjte e_premte e_shtunë e_diel"
    " bazar_ertəsi çərşənbə_axşamı çərşənbə cümə_axşamı cümə şənbə"
    " moandei tiisdei woansdei tongersdei freed sneon snein"
    " dilun dimeurzh dimerc'her diriaou digwener disadorn disul gwener sadorn"
    " djaluna djamars djárason djarason djaweps djabièrnè djabierne djasabra djadumingu"
    " rāhina rātū rāapa rāpare rāmere rāhoroi rātapu"
    # (two words: Welsh "Dydd Gwener", Vietnamese "Thứ Hai", "Chủ Nhật", Albanian "e enjte",
    # Azerbaijani "cümə axşamı")
    " dydd_llun dydd_mawrth dydd_mercher dydd_iau dydd_gwener dydd_sadwrn dydd_sul"
    " thứ_hai thứ_ba thứ_tư thứ_năm thứ_sáu thứ_bảy chủ_nhật"
)
LATIN_WEEKDAY = re.compile(
    r"(?<!\w)(?:" + "|".join(name.replace("_", r"\s+") for name in sorted(set(_WEEKDAY_NAMES.split()), key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)

