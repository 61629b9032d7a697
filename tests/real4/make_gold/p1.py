import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import art, write

A = []
A.append(art(None, [
 "On avoit répandu, avant-hier, dans la soirée, la proclamation suivante de S. A. le prince de Schwartzenberg :",
 "Habitans de Paris,",
 "Les armées alliées se trouvent devant Paris ; le but de leur marche vers la capitale de la France est fondé sur l'espoir d'une réconciliation sincère et durable avec elle. Depuis vingt ans, l'Europe est inondée de sang et de larmes ; les tentatives faites pour mettre un terme à tous les malheurs ont été inutiles, parce qu'il existe dans le pouvoir même du gouvernement qui vous opprime, un obstacle insurmontable à la paix. Quel Français ne seroit-il convaincu de cette vérité ! Les souverains alliés cherchent de bonne foi une autorité salutaire en France, qui puisse cimenter l'union de toutes les nations et de tous les gouvernemens avec elle.",
 "C'est à la ville de Paris qu'il appartient, dans les circonstances actuelles, d'accélérer la paix du monde ; son vœu est attendu avec l'intérêt que doit inspirer un si immense résultat ; qu'elle se prononce, et dès ce moment l'armée qui est devant ses murs devient le soutien de ses décisions.",
 "Parisiens, vous connoissez la situation de votre patrie, la conduite de Bordeaux, l'occupation amicale de Lyon, les maux attirés sur la France, et les dispositions véritables de vos concitoyens.",
 "Vous trouverez dans ces exemples le terme de la guerre étrangère, et celui de la discorde civile ; vous ne sauriez plus le chercher ailleurs. La conservation et la tranquillité de votre ville seront l'objet des soins et des mesures que les alliés s'offrent de prendre avec les autorités et les notables qui jouissent le plus de l'estime publique.",
 "Aucun logement militaire ne pèsera sur la capitale.",
 "C'est dans ces sentimens que l'Europe en armes devant vos murs s'adresse à vous. Hâtez-vous de répondre à la confiance qu'elle met dans votre amour pour la patrie et dans votre sagesse.",
], byline=["Le commandant en chef des armées alliées, Prince de Schwartzenberg.", "Prince de Schwartzenberg.", None]))
A.append(art(None, [
 "Hier on lisoit sur tous les murs de Paris la proclamation suivante :",
 "Paris, le 31 mars 1814.",
 "Citoyens de Paris,",
 "Les événemens de la guerre ont amené à vos portes les armées des puissances coalisées.",
 "Leur nombre et leurs forces n'ont pas permis à nos troupes de continuer la défense de la capitale.",
 "Le maréchal qui la commandoit a dû faire une capitulation : il l'a faite fort honorable.",
 "Une plus longue résistance eût compromis la sûreté des personnes et des propriétés.",
 "Elle est aujourd'hui garantie par cette capitulation et par la promesse de S. M. l'Empereur Alexandre, qui a donné ce matin au corps municipal les assurances les plus positives de sa protection et de sa bienveillance pour les habitans de cette capitale.",
 "La garde nationale demeure chargée de protéger vos personnes et vos propriétés.",
 "Restez donc calmes et tranquilles dans ce grand événement, et montrez dans cette occasion le bon esprit qui vous a toujours signalés.",
], byline=["Signé le baron PASQUIER, préfet de police, Et le baron CHABROL, préfet du département de la Seine.", "le baron PASQUIER, préfet de police, Et le baron CHABROL, préfet du département de la Seine.", None]))
A.append(art(None, [
 "Peu de temps après l'occupation de la capitale par les troupes alliées, elles se sont répandues dans les principaux quartiers pour en visiter les monumens et les grands édifices. Vers cinq heures, les cours du Palais-Royal ressembloient à un bivouac de cavalerie ; elles étoient remplies d'un nombre considérable de chevaux appartenant à des officiers supérieurs et de tous grades qui étoient venus prendre leur repas chez les restaurateurs. Les cafés de la ville étoient également remplis de troupes alliées. Beaucoup d'entre elles se sont présentées dans les magasins et les boutiques pour y faire des emplettes qu'elles ont payées avec empressement.",
 "Dans la soirée, une foule immense de de tous les rangs et de tous sexes s'est répandue dans toutes les rues, sur toutes les places et toutes les promenades, s'est mêlée au milieu des officiers et des soldats russes, autrichiens, prussiens, bavarois, wurtembergeois, etc., pour converser familièrement avec eux. Des cris de vive le roi ! vive Louis XVIII ! se sont fait entendre dans beaucoup d'endroits ; nombre de personnes ont pris la cocarde blanche, et se sont promenées précédées de drapeaux blancs. Une affluence considérable de Parisiens réunie autour de la colonne de la place Vendôme, s'occupe d'en renverser la statue Napoléon.",
 "L'officier prussien envoyé à l'Hôtel-de-Ville comme parlementaire s'est servi de ce mot remarquable : « Enfin, messieurs, nos malheurs sont finis. »",
 "On nous annonce que M. de Montmorency est nommé commandant de la garde nationale.",
]))
A.append(art("DÉCLARATION.", [
 "Les armées des puissances alliées ont occupé la capitale de la France. Les souverains alliés accueillent le vœu de la nation française.",
 "Ils déclarent :",
 "Que si les conditions de la paix devoient renfermer de plus fortes garanties, lorsqu'il s'agissoit d'enchaîner l'ambition de Bonaparte, elles doivent être plus favorables, lorsque, par un retour vers un gouvernement sage, la France elle-même offrira l'assurance de ce repos.",
 "Les souverains proclament en conséquence :",
 "Qu'ils ne traiteront plus avec Napoléon Bonaparte ni avec aucun de sa famille ;",
 "Qu'ils respectent l'intégrité de l'ancienne France, telle qu'elle a existé sous ses rois légitimes ; ils peuvent même faire plus, parce qu'ils professent toujours le principe que pour le bonheur de l'Europe, il faut que la France soit grande et forte.",
 "Qu'ils reconnoîtront et garantiront la constitution que la nation française se donnera. Ils invitent par conséquent le sénat à désigner sur-le-champ un gouvernement provisoire qui puisse pourvoir aux besoins de l'administration, et préparer la constitution qui conviendra au peuple français.",
 "Les intentions que je viens d'exprimer me sont communes avec toutes les puissances alliées.",
 "Paris, 31 mars 1814, trois heures après-midi.",
], byline=["Signé ALEXANDRE. Par S. M. I. le secrétaire d'Etat, Comte DE NESSELRODE.", "Signé ALEXANDRE.", None]))
A.append(art("A M. le baron, préfet de police.", [
 "Par ordre de S. M. l'Empereur, mon maître, j'ai l'honneur de vous inviter, Monsieur le baron, à faire sortir de prison les habitans de Coulommiers, MM. de Varenne et Grimberg, détenus à Sainte-Pélagie, pour avoir empêché de tirer sur les troupes alliées dans l'intérieur de leur commune, et avoir sauvé ainsi la vie de leurs concitoyens et de leurs propriétés.",
 "S. M. desire également que vous rendiez à la liberté tous les individus qui, par attachement à leur ancien et leur légitime souverain, ont été détenus jusqu'ici.",
 "Vous voudrez bien, Monsieur le baron, faire insérer cette lettre dans tous les journaux.",
], byline=["Signé le comte de NESSELRODE.", "le comte de NESSELRODE.", None]))
A.append(art(None, [
 "Avis. Le public est prévenu que le départ des courriers de la poste aux lettres aura lieu aujourd'hui comme à l'ordinaire.",
]))
A.append(art("COURS DE LA BOURSE. — Du 31 mars.", [
 "Cinq pour 100 c. Jouiss. du 22 mars 1814. 4\" fr. Soc.",
 "Idem, jouiss. du 22 sept. 1814.",
 "Actions de la Banque de Fr. du 1er janvier 1814. — 550 fr.",
]))
A.append(art("SPECTACLES.", [
 "Une Heure de Jocrisse, le Sourd.",
 "Vallker le Cruel, les Ruines de Babylone.",
 "Madame de P aluoir, la Musicomanie.",
 "Grands Exercices d'équitation, etc., suivis de Lotatre et Funfaa.",
 "M. Pierre prévient qu'il a renouvelé son spectacle de plusieurs Pièces nouvelles, entre autres d'une superbe vue de Laut'eubourg en Suisse.",
 "Les séances ont lieu les dimanches, mercredis et vendredis.",
 "Spectacle de M. Olivier, rue Neuve-des-Petits-Champs, n°. 15.",
 "On entendra deux Mains exécuter différens morceaux de musique,",
], headings=["THÉÂTRE DES VARIÉTÉS.", "THÉÂTRE DE LA GAIETÉ.", "THÉÂTRE DE L'AMBIGU-COMIQUE.", "CIRQUE OLYMPIQUE DES SIEURS FRANCONI.", "THÉÂTRE PITTORESQUE ET MÉCANIQUE.", "CABINET DE PHYSIQUE ET DE FANTASMAGORIE DE M. LEBRETON,"]))
note = ("Journal des Débats politiques et littéraires, Paris, Friday 1 April 1814, page 2 (the day after the Allies entered Paris). BnF via Europeana Newspapers; ALTO 1.4 from CCS docWorks 6.7 + ABBYY FineReader 10, copied unchanged. "
 "Page image not available: gold from the OCR text and the line geometry (a paragraph starts on a line indented about 40-100 px), read into articles by hand, sure misreadings corrected. "
 "Two columns, no headlines except DÉCLARATION., the letter's address line, COURS DE LA BOURSE and SPECTACLES. Articles: 1) Schwartzenberg's proclamation (untitled news item; its intro sentence is paragraph 1, the salutation 'Habitans de Paris,' a paragraph; signature = byline, null accepted); "
 "2) the prefects' proclamation (intro, place-and-date line and salutation are paragraphs; the two signatures = byline); 3) the report on the occupation of Paris, running from column 1 into column 2 ('dans beaucoup / d'endroits'), with the two short items that follow it (Prussian officer, Montmorency) as its last paragraphs; "
 "4) DÉCLARATION. of the Emperor Alexander: the signature block (Signé ALEXANDRE. / Par S. M. I. le secrétaire d'Etat, / Comte DE NESSELRODE,) is the byline, the closing place/date line the last paragraph; 5) Nesselrode's letter: its centred address line is the title (OCR 'A M. Ce Caron' read as 'A M. le baron'), signature = byline; "
 "6) the untitled notice 'Avis.' (run-in, kept in the paragraph); 7) COURS DE LA BOURSE. — Du 31 mars.: title, one paragraph per quotation line (the first price '4\" fr. Soc.' cannot be read and stays as OCR'd); 8) SPECTACLES.: one listing article, the theatre names (capitals lines) are headings, each programme line a paragraph; the last two lines (M. Olivier) are paragraphs; the page breaks off mid-sentence. "
 "Furniture: the printer's line at the foot (Le Normant). A stray '(' block at the top (page number) carries no text and is not gold. "
 "Uncertain, kept as OCR'd: 'Quel Français ne seroit-il' (OCR 'ne si-do il'), 'une foule immense de de', 'la statue Napoléon', 'Vallker le Cruel', 'Madame de P aluoir', 'Lotatre et Funfaa', 'Laut'eubourg', 'n°. 15' (OCR 'i.V'), 'deux Mains'. Score with --fuzzy 0.9.")
write("tests/real4/bnf_jdd_1814-04-01_p2_notices.alto.xml.gold.json", note,
      ["Imprimerie de Le Normant, rue des Prêtres-Saint-Germain-l'Auxerrois, n°. 17, vis-à-vis l'Eglise."], "1814-04-01", A)
