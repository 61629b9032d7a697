"""Page openings that several tests written for the cleaner share (invented papers, not copied
from any gold page)."""

# A German village weekly's first story, under its running head and section label.
DORFBOTE_OPENING = (
    "DORFBOTE\n"
    "Wochenblatt für das Obere Tal • 4. Februar 2027 • Seite 3 • 1,20 €\n\n"
    "GEMEINDE\n"
    "Neuer Spielplatz am Bach eröffnet\n"
    "Von Karin Huber\n\n"
    "Am Samstag hat der Bürgermeister den neuen\n"
    "Spielplatz am Mühlbach eröffnet. Die Kinder\n"
    "durften die Rutsche als Erste ausprobieren,\n"
    "und die Eltern tranken Kaffee im Zelt.\n\n"
    "Der Platz hat rund 80.000 Euro gekostet. Die\n"
    "Hälfte hat das Land bezahlt, den Rest hat die\n"
    "Gemeinde aus ihren Rücklagen genommen.\n\n"
)
# A Czech weekly's story under its head: the writer's line and two paragraphs.
FOOTBRIDGE_STORY = (
    "Napsala Jana Veselá\n\n"
    "Stavbaři dokončili novou lávku přes Moravu\n"
    "o dva týdny dříve, než slibovali. Stála osm\n"
    "milionů korun a zaplatil ji z větší části kraj.\n\n"
    "„Na tuhle lávku jsme čekali dvacet let,“ řekl\n"
    "starosta Petr Dvořák. Lávka bude v noci\n"
    "osvětlená a v zimě se bude udržovat jako\n"
    "chodník.\n\n"
)
