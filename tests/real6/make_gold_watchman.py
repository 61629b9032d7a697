"""Gold for the Watchman and Southron crop (tests/real6), typed by reading the scan crop
(zoomed 2x, column by column); the same gold is written once per OCR output of the crop.
usage: python3 make_gold_watchman.py   (from this directory)"""
import json

BASE = 'watchman_southron_1907-06-26_p1_lead'
OUTPUTS = ['tess_eng.txt', 'tess_eng.hocr', 'tess_eng.xml', 'tess_eng.tsv', 'rapidocr_ppocrv4.json']
D1 = 'Impressive Masonic Ceremonies Held Thursday, Grand Master F. E. Harrison Officiating.'
D2 = 'A Great Concourse of Masons From All Parts of the State.'
D3 = 'Eloquent Addresses Delivered by Gov. M. F. Ansel and Col. W. W. Lumpkin—A Great Audience Present.'
GOLD = {
    'note': ("The Watchman and Southron, Sumter, S. C., Wednesday 26 June 1907, front page "
             "(Chronicling America / Library of Congress scan, public domain, via Wikimedia Commons "
             "File:SCC1.jpg as stored in ZSeanYves/markitdown-quality-lab): a crop of the top of "
             "columns 1-2, box (left 25, top 280, right 606, bottom 1019) in pixels of the 1800x2829 "
             "image, greyscale, read here by Tesseract 5.3 eng (txt, hOCR, ALTO, TSV) and RapidOCR "
             "1.4.4 (PP-OCRv4 models; PaddleOCR-style JSON). One article: the two-column banner "
             "'CORNER STONE LAID.' with a three-line two-column deck, then two single-column decks "
             "over column 1 (each accepted as part of the subtitle, or the first deck alone, or "
             "none); column 1 body text cut by the crop mid-sentence; column 2 is the continuation "
             "of the list of articles deposited in the corner stone, one paragraph per item (its "
             "first line 'June 19, 1907.' is the tail of an item that begins outside the crop; its "
             "last item is cut). Line-end hyphens of split words are removed (Deliver-/ed, Lump-/kin, "
             "Sav-/ings, Nation-/al, Sum-/ter, De-/partment, Depart-/ment). 'Rester' in the print "
             "is read as the printed 'Roster' (a damaged o). No furniture in the crop."),
    'page': {'furniture': [], 'date': '1907-06-26'},
    'articles': [{
        'section': None,
        'kicker': None,
        'title': ['CORNER STONE LAID.', 'CORNER STONE LAID. ' + D1],
        'subtitle': [' '.join([D1, D2, D3]), D1, ' '.join([D1, D2]), ' '.join([D2, D3]), None],
        'byline': None,
        'source': None,
        'headings': [],
        'paragraphs': [
            "The laying of the corner stone of Sumter's stately and beautiful new Court House "
            "Thursday with impressive Masonic ceremony by Grand Master F. E. Harrison of the Grand "
            "Lodge A. F. M. of South Carolina, assisted by other Grand Lodge officers, the officers "
            "and members of Claremont Lodge, No. 64, and a large concourse",
            'June 19, 1907.',
            'Copy Daily Item, June 19, 1907.',
            'Copy Sumter Herald, June 14, 1907.',
            'Financial Statement Sumter Savings Bank.',
            'Financial Statement First National Bank.',
            "Financial Statement Farmers' Bank & Trust Co.",
            'Financial Statement Bank of Sumter.',
            'Roster of Pocahontas Tribe, I. O. R. M.',
            'Roster Sumter Council, No. 7, J. O. U. A. M.',
            'Roster Sumter Lodge, B. P. O. E.',
            'List of State and county officials.',
            'List of city officers, city Health Department, Water Works Commission, Sewerage '
            'Commission, Police Department.',
            'List of officers and committees of Sumter Chamber of Commerce.',
            'Statistical statement of the City of',
        ],
        'captions': [],
    }],
}

if __name__ == '__main__':
    for out in OUTPUTS:
        with open(f'{BASE}.{out}.gold.json', 'w') as f:
            json.dump(GOLD, f, ensure_ascii=False, indent=1)
            f.write('\n')
