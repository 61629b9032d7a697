import json


def art(title=None, paragraphs=(), section=None, kicker=None, subtitle=None, byline=None, source=None, headings=(), captions=()):
    return {"section": section, "kicker": kicker, "title": title, "subtitle": subtitle, "byline": byline,
            "source": source, "headings": list(headings), "paragraphs": list(paragraphs), "captions": list(captions)}
def write(path, note, furniture, date, articles):
    d = {"note": note, "page": {"furniture": furniture, "date": date}, "articles": articles}
    json.dump(d, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(path, len(articles), "articles", sum(len(a["paragraphs"]) for a in articles), "paragraphs")
