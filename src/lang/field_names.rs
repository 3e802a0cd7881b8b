//! The names of the map's fields: as the file writes them, in English and in
//! French, one row a field, so that the three can never drift apart.

/// How many fields have a name.
const COUNT: usize = 69;

/// Each field: its key in the file, its English name, its French name.
const FIELDS: [[&str; 3]; COUNT] = [
    ["author", "author", "auteur"],
    ["date", "date", "date"],
    ["text", "text", "texte"],
    ["name", "name", "nom"],
    ["value", "value", "valeur"],
    ["unit", "unit", "unité"],
    ["target", "target", "objectif"],
    ["source", "source", "source"],
    ["lane", "lane", "ligne"],
    ["stage", "stage", "étape"],
    ["step", "step", "sous-étape"],
    ["description", "description", "description"],
    ["channel", "channel", "canal"],
    ["owner", "owner", "responsable"],
    [
        "brand_controlled",
        "brand controlled",
        "maîtrisé par la marque",
    ],
    ["severity", "severity", "gravité"],
    ["priority", "priority", "priorité"],
    ["effort", "effort", "effort"],
    ["votes", "votes", "votes"],
    ["manual_work", "manual work", "travail manuel"],
    ["hours_per_week", "hours per week", "heures par semaine"],
    ["tags", "tags", "étiquettes"],
    ["comments", "comments", "commentaires"],
    ["metrics", "metrics", "mesures"],
    ["image", "image", "image"],
    ["duration", "duration", "durée"],
    ["color", "color", "couleur"],
    ["width", "width", "largeur"],
    ["kind", "kind", "type"],
    ["title", "title", "titre"],
    ["hidden", "hidden", "masqué"],
    ["height", "height", "hauteur"],
    ["photo", "photo", "photo"],
    ["age", "age", "âge"],
    ["gender", "gender", "genre"],
    ["income", "income", "revenus"],
    ["job_title", "job title", "métier"],
    ["quote", "quote", "citation"],
    ["backstory", "backstory", "histoire"],
    ["goals", "goals", "objectifs"],
    ["needs", "needs", "besoins"],
    ["expectations", "expectations", "attentes"],
    ["motivations", "motivations", "motivations"],
    ["interests", "interests", "centres d'intérêt"],
    ["desires", "desires", "envies"],
    ["frustrations", "frustrations", "frustrations"],
    ["influences", "influences", "influences"],
    [
        "preferred_channels",
        "preferred channels",
        "canaux préférés",
    ],
    ["min", "min", "minimum"],
    ["max", "max", "maximum"],
    ["anchor", "anchor", "ancrage"],
    ["score", "score", "score"],
    ["reason", "reason", "raison"],
    ["persona", "persona", "persona"],
    ["scenario", "scenario", "scénario"],
    ["channels", "channels", "canaux"],
    ["language", "language", "langue"],
    ["map_type", "map type", "type de carte"],
    ["improves_on", "improves on", "améliore"],
    ["palette", "palette", "palette"],
    ["brand", "brand", "couleur de marque"],
    ["background", "background", "fond"],
    ["font_size", "font size", "taille du texte"],
    ["card", "card", "carte"],
    ["note", "note", "note"],
    ["from", "from", "de"],
    ["to", "to", "vers"],
    ["label", "label", "libellé"],
    ["share", "share", "part"],
];

/// The column `column` of [`FIELDS`].
const fn column(column: usize) -> [&'static str; COUNT] {
    let mut names = [""; COUNT];
    let mut row = 0;
    while row < COUNT {
        names[row] = FIELDS[row][column];
        row += 1;
    }
    names
}

/// The fields as the file names them, in the order of the catalogue's
/// `field_names`.
pub(crate) const FIELD_KEYS: [&str; COUNT] = column(0);
/// The fields' names in English.
pub(super) const ENGLISH: [&str; COUNT] = column(1);
/// The fields' names in French.
pub(super) const FRENCH: [&str; COUNT] = column(2);
