"""Puzzle and games pages whose box is glued under a story's last words carried past the running
head: a word search, its grid of single letters spaced out (`blocks.letter_grid_rows`) over the
labelled line of words to find; a team cup's results, its header row spaced into columns flush
under the box's head, its rows' last cells a chess match's score with its halves ("2½–1½",
`blocks.RESULT_LINE`). Pages written for the rules (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

WORD_SEARCH = """Y GLORIAN BANGOR · Dydd Sadwrn 14.03.2043 · Tudalen 12
Posau · Golygydd: Elin Pritchard

Cystadleuaeth chwilair
yn neuadd y dref
Gan: Rhodri Bowen

BANGOR – Daeth deugain o blant a
rhieni i neuadd y dref ddydd Sadwrn i
ddatrys posau geiriau newydd.

Enillodd tîm ysgol y pentref,

Plant yn chwilio am eiriau.
Llun: Siân Pugh

gyda phob gair wedi ei ganfod.

Dywedodd yr athrawes, Mair Hughes:
"Roedd y plant wrth eu bodd, ac

Y Glorian Bangor · Posau

yn barod."
Chwilair yr wythnos

C A T H W Y L
M O R L O D A
A F O N G W R
D E R W E N T
R H O S Y N A
Geiriau: CATH, MORLO, AFON, DERWEN

Y Glorian Bangor · posau@glorian.example.cymru
"""

CUP = """GAZETA DO XADREZ · Sábado 20.02.2044 · Página 7
Xadrez · Editora: Rita Moura

Taça das aldeias
termina empatada
Por: Nuno Barros

ALDEIA NOVA – A taça das aldeias da
serra acabou ontem com uma final que
terminou empatada a dois pontos.

As equipas jogaram quatro tabuleiros,

O salão da junta na final.
Foto: Ana Lopes

e o desempate decidiu tudo.

O capitão, Paulo Reis, disse:
"Jogámos bem, mas a sorte ficou

Gazeta do Xadrez · Xadrez

do outro lado."
Taça das aldeias
Fase Equipas                          Resultado
Meias Aldeia Nova – Souto                 3–1
Meias Vale Fundo – Castelo              2½–1½
Terceiro lugar Souto – Castelo         1½–2½
Final Aldeia Nova – Vale Fundo            2–2
Desempate: Vale Fundo

Gazeta do Xadrez · gazeta@xadrez.example.pt
"""


def test_a_letter_grid_glued_under_a_carried_tail_is_its_own_piece_a_row_a_line():
    articles = clean_text(WORD_SEARCH).articles
    assert [a.title for a in articles] == ["Cystadleuaeth chwilair yn neuadd y dref", "Chwilair yr wythnos"]
    assert articles[0].paragraphs[-1] == 'Dywedodd yr athrawes, Mair Hughes: "Roedd y plant wrth eu bodd, ac yn barod."'
    assert articles[1].paragraphs == [
        "C A T H W Y L",
        "M O R L O D A",
        "A F O N G W R",
        "D E R W E N T",
        "R H O S Y N A",
        "Geiriau: CATH, MORLO, AFON, DERWEN",
    ]


def test_a_results_box_with_half_point_scores_glued_under_a_carried_tail_is_its_own_piece():
    articles = clean_text(CUP).articles
    assert [a.title for a in articles] == ["Taça das aldeias termina empatada", "Taça das aldeias"]
    assert articles[0].headings == []
    assert articles[0].paragraphs[-1] == 'O capitão, Paulo Reis, disse: "Jogámos bem, mas a sorte ficou do outro lado."'
    cup = articles[1]
    assert cup.subtitle is None
    assert [" ".join(p.split()) for p in cup.paragraphs] == [
        "Fase Equipas Resultado",
        "Meias Aldeia Nova – Souto 3–1",
        "Meias Vale Fundo – Castelo 2½–1½",
        "Terceiro lugar Souto – Castelo 1½–2½",
        "Final Aldeia Nova – Vale Fundo 2–2",
        "Desempate: Vale Fundo",
    ]
