//! The French of the English messages of `file`, `model::validate`,
//! `interchange`, exports and the command line, by their patterns: `{}`
//! stands for what varies, and the French takes the same values in the same
//! order. The first pattern a message matches wins, so a longer pattern comes
//! before a shorter one it would otherwise be taken for.

/// English patterns and their French, `{}` where the values go.
pub(super) const FRENCH: &[(&str, &str)] = &[
    // Reading the file.
    (
        "the file is not UTF-8 text; was it saved by another program?",
        "le fichier n'est pas du texte UTF-8\u{a0}; a-t-il été enregistré par un autre programme\u{a0}?",
    ),
    (
        "this is not a Parcours map: a map file starts with `(` and `format_version: N`",
        "ce n'est pas une carte Parcours\u{a0}: un fichier de carte commence par `(` et `format_version: N`",
    ),
    (
        "this map uses format {}, written by a newer Parcours; this version reads formats 0 to {}: please update Parcours",
        "cette carte est au format {}, écrit par un Parcours plus récent\u{a0}; cette version lit les formats 0 à {}\u{a0}: mettez Parcours à jour",
    ),
    (
        "format_version must be a whole number, such as 1",
        "format_version doit être un nombre entier, comme 1",
    ),
    (
        "the first field of a map must be `format_version`",
        "le premier champ d'une carte doit être `format_version`",
    ),
    (
        "the file ends too early: a value or a closing bracket is missing (is the file cut short?)",
        "le fichier finit trop tôt\u{a0}: il manque une valeur ou une parenthèse fermante (le fichier est-il tronqué\u{a0}?)",
    ),
    (
        "the file nests brackets too deeply to be a map",
        "le fichier imbrique trop de parenthèses pour être une carte",
    ),
    (
        "unexpected text after the end of the map",
        "du texte inattendu suit la fin de la carte",
    ),
    ("the field `{}` is missing here", "le champ `{}` manque ici"),
    (
        "unknown field `{}`; the fields here are: {}",
        "champ `{}` inconnu\u{a0}; les champs possibles ici sont\u{a0}: {}",
    ),
    (
        "unknown value `{}`; expected one of: {}",
        "valeur `{}` inconnue\u{a0}; valeurs possibles\u{a0}: {}",
    ),
    (
        "the field `{}` appears twice",
        "le champ `{}` apparaît deux fois",
    ),
    (
        "expected a whole number here",
        "un nombre entier est attendu ici",
    ),
    ("expected a number here", "un nombre est attendu ici"),
    (
        "expected text in double quotes here",
        "un texte entre guillemets droits est attendu ici",
    ),
    (
        "Expected opening `(` for struct `{}`",
        "une parenthèse ouvrante `(` est attendue pour `{}`",
    ),
    (
        "Expected closing `)`",
        "une parenthèse fermante `)` est attendue",
    ),
    ("Expected opening `[`", "un crochet ouvrant `[` est attendu"),
    ("Expected closing `]`", "un crochet fermant `]` est attendu"),
    ("Expected comma", "une virgule est attendue"),
    ("Expected colon", "deux-points `:` sont attendus"),
    (
        "there is no stage number {} (stages count from 0)",
        "il n'y a pas d'étape numéro {} (les étapes se comptent à partir de 0)",
    ),
    (
        "there is no lane number {} (lanes count from 0)",
        "il n'y a pas de ligne numéro {} (les lignes se comptent à partir de 0)",
    ),
    ("cannot open: {}", "ouverture impossible\u{a0}: {}"),
    ("cannot read: {}", "lecture impossible\u{a0}: {}"),
    (
        "this is {}, not a file; Parcours reads only plain files, so it was not read",
        "c'est {}, pas un fichier\u{a0}; Parcours ne lit que des fichiers ordinaires, il ne l'a donc pas lu",
    ),
    (
        "the file is {}, larger than {} by {}; it was not read",
        "le fichier fait {}, {} de plus que les {} permis\u{a0}; il n'a pas été lu",
    ),
    // Checking the map.
    (
        "id {} is already used by {}",
        "l'identifiant {} est déjà pris par {}",
    ),
    (
        "this text has {} characters, {} over the {} allowed",
        "ce texte a {} caractères, {} de plus que les {} permis",
    ),
    (
        "with this image, the map's images hold {} megapixels together, over the {} allowed",
        "avec cette image, les images de la carte font ensemble {} mégapixels, plus que les {} permis",
    ),
    (
        "{} is out of range: sizes go from {} to {}",
        "{} est hors limites\u{a0}: les tailles vont de {} à {}",
    ),
    (
        "the map has {} {}, {} over the {} allowed",
        "la carte a {} {}, {} de plus que les {} permis",
    ),
    (
        "card {} has more than the {} links a card may have",
        "la carte {} a plus que les {} liens permis à une carte",
    ),
    (
        "\"{}\" is not a date: write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM",
        "«\u{a0}{}\u{a0}» n'est pas une date\u{a0}: l'écrire `AAAA-MM-JJ` ou `AAAA-MM-JJThh:mm`",
    ),
    (
        "\"{}\" is not a date: write it as YYYY-MM-DD",
        "«\u{a0}{}\u{a0}» n'est pas une date\u{a0}: l'écrire AAAA-MM-JJ",
    ),
    (
        "\"{}\" is not a language tag such as \"en\" or \"fr\"",
        "«\u{a0}{}\u{a0}» n'est pas un code de langue comme «\u{a0}en\u{a0}» ou «\u{a0}fr\u{a0}»",
    ),
    (
        "\"{}\" is not a colour: write it as \"#RRGGBB\", e.g. \"#4F7CEC\"",
        "«\u{a0}{}\u{a0}» n'est pas une couleur\u{a0}: l'écrire «\u{a0}#RRVVBB\u{a0}», par exemple «\u{a0}#4F7CEC\u{a0}»",
    ),
    (
        "the emotion scale {} is not usable: min must be below max, both within {}",
        "l'échelle des émotions {} est inutilisable\u{a0}: min doit être sous max, tous deux dans {}",
    ),
    (
        "font size {} is out of range: it goes from {} to {}",
        "la taille de police {} est hors limites\u{a0}: elle va de {} à {}",
    ),
    (
        "the palette needs at least one colour",
        "la palette demande au moins une couleur",
    ),
    ("no lane has the id {}", "aucune ligne n'a l'identifiant {}"),
    (
        "lane {} is the emotion lane, which holds no cards",
        "la ligne {} est celle des émotions, qui ne contient pas de cartes",
    ),
    (
        "no stage has the id {}",
        "aucune étape n'a l'identifiant {}",
    ),
    (
        "stage {} has no step with the id {}",
        "l'étape {} n'a pas de sous-étape d'identifiant {}",
    ),
    (
        "a metric's value must be a number",
        "la valeur d'un indicateur doit être un nombre",
    ),
    (
        "a metric's target must be a number",
        "la cible d'un indicateur doit être un nombre",
    ),
    (
        "no persona has the id {}",
        "aucun persona n'a l'identifiant {}",
    ),
    (
        "persona {} already has an emotion curve",
        "le persona {} a déjà une courbe d'émotion",
    ),
    (
        "the point is anchored to {}, which is not in the map",
        "le point est rattaché à {}, qui n'est pas dans la carte",
    ),
    (
        "score {} is off the map's scale ({})",
        "la note {} sort de l'échelle de la carte ({})",
    ),
    ("no card has the id {}", "aucune carte n'a l'identifiant {}"),
    (
        "a link must join two different cards",
        "un lien doit relier deux cartes différentes",
    ),
    (
        "only a drop-out link may lead out of the map; give this link a card to point to",
        "seul un lien d'abandon peut sortir de la carte\u{a0}; donnez à ce lien une carte vers laquelle pointer",
    ),
    (
        "a share of {}% is impossible: it goes from 0 to 100",
        "une part de {}\u{a0}% est impossible\u{a0}: elle va de 0 à 100",
    ),
    (
        "character {} of this text is the control character {}, which SVG and PDF cannot hold; remove it",
        "le caractère {} de ce texte est le caractère de contrôle {}, que SVG et PDF ne peuvent pas contenir\u{a0}; retirez-le",
    ),
    (
        "character {} of this text stacks more than {} combining marks on one letter; remove some",
        "le caractère {} de ce texte empile plus de {} signes combinants sur une lettre\u{a0}; retirez-en",
    ),
    // Images.
    (
        "the image is {} KiB; at most {} KiB can be embedded",
        "l'image fait {}\u{a0}Kio\u{a0}; au plus {}\u{a0}Kio peuvent être incorporés",
    ),
    (
        "the image's colour profile takes {} KiB packed, {} KiB over the {} KiB allowed",
        "le profil de couleur de l'image prend {}\u{a0}Kio compressé, {}\u{a0}Kio de plus que les {}\u{a0}Kio permis",
    ),
    (
        "the image is not a readable {} file ({})",
        "l'image n'est pas un fichier {} lisible ({})",
    ),
    (
        "the image is empty (0 pixels wide or high)",
        "l'image est vide (0 pixel de large ou de haut)",
    ),
    (
        "the image is {} pixels; at most {} pixels a side and {} megapixels are allowed",
        "l'image fait {} pixels\u{a0}; au plus {} pixels de côté et {} mégapixels sont permis",
    ),
    (
        "the image's data is damaged ({})",
        "les données de l'image sont abîmées ({})",
    ),
    (
        "the image data is not valid base64: {}",
        "les données de l'image ne sont pas du base64 valide\u{a0}: {}",
    ),
    (
        "only PNG and JPEG pictures can be embedded",
        "seules des images PNG et JPEG peuvent être incorporées",
    ),
    // Writing the file.
    (
        "could not save: {}; the previous file is unchanged",
        "enregistrement impossible\u{a0}: {}\u{a0}; le fichier précédent n'a pas changé",
    ),
    ("the folder does not exist", "le dossier n'existe pas"),
    (
        "the folder or the file is not writable",
        "le dossier ou le fichier est protégé en écriture",
    ),
    ("the disk is read-only", "le disque est en lecture seule"),
    ("the disk is full", "le disque est plein"),
    ("a folder has that name", "un dossier porte ce nom"),
    (
        "a file stands where a folder should be",
        "un fichier se trouve là où devrait être un dossier",
    ),
    (
        "the file is marked read-only",
        "le fichier est en lecture seule",
    ),
    (
        "it is a link to {}, which does not exist",
        "c'est un lien vers {}, qui n'existe pas",
    ),
    (
        "it is a link to {}, and Parcours writes through no link: name that file itself",
        "c'est un lien vers {}, et Parcours n'écrit à travers aucun lien\u{a0}: nommez ce fichier lui-même",
    ),
    (
        "it is not a plain file (a folder, a pipe or a device)",
        "ce n'est pas un fichier ordinaire (un dossier, un tube ou un périphérique)",
    ),
    ("a folder", "un dossier"),
    ("a named pipe (FIFO)", "un tube nommé (FIFO)"),
    ("a socket", "une socket"),
    ("a device", "un périphérique"),
    ("not a plain file", "pas un fichier ordinaire"),
    // What the system says.
    (
        "No such file or directory (os error {})",
        "fichier ou dossier introuvable (erreur système {})",
    ),
    (
        "Permission denied (os error {})",
        "permission refusée (erreur système {})",
    ),
    (
        "Is a directory (os error {})",
        "c'est un dossier (erreur système {})",
    ),
    (
        "Not a directory (os error {})",
        "ce n'est pas un dossier (erreur système {})",
    ),
    (
        "Read-only file system (os error {})",
        "système de fichiers en lecture seule (erreur système {})",
    ),
    (
        "No space left on device (os error {})",
        "plus de place sur le disque (erreur système {})",
    ),
    // Templates and exports.
    (
        "there is no template named \"{}\"; the templates are: {}",
        "il n'y a pas de modèle nommé «\u{a0}{}\u{a0}»\u{a0}; les modèles sont\u{a0}: {}",
    ),
    (
        "the template \"{}\" is not available in \"{}\"; it is in: {}",
        "le modèle «\u{a0}{}\u{a0}» n'existe pas en «\u{a0}{}\u{a0}»\u{a0}; il existe en\u{a0}: {}",
    ),
    ("the export was cancelled", "l'export a été annulé"),
    (
        "the export could not be drawn: {}",
        "l'export n'a pas pu être dessiné\u{a0}: {}",
    ),
    (
        "{} makes an image of {} × {} pixels; each side must be between 1 and {} pixels",
        "{} donne une image de {} × {} pixels\u{a0}; chaque côté doit faire entre 1 et {} pixels",
    ),
    (
        "{} makes an image of {} × {} pixels, {} megapixels, {} over the {} an image may have",
        "{} donne une image de {} × {} pixels, {} mégapixels, {} de plus que les {} permis à une image",
    ),
    // Imports from spreadsheets and Mermaid.
    (
        "the file is empty: the first row must name the columns",
        "le fichier est vide\u{a0}: la première ligne doit nommer les colonnes",
    ),
    (
        "unknown column \"{}\"; the columns are: {}",
        "colonne «\u{a0}{}\u{a0}» inconnue\u{a0}; les colonnes sont\u{a0}: {}",
    ),
    (
        "there is no stage column ({})",
        "il n'y a pas de colonne d'étape ({})",
    ),
    ("this row has no stage", "cette ligne n'a pas d'étape"),
    (
        "a moment of truth needs a card: this row is in the emotion lane",
        "un moment de vérité demande une carte\u{a0}: cette ligne est dans la ligne des émotions",
    ),
    (
        "\"{}\" is not a moment: write influence, impact or decision",
        "«\u{a0}{}\u{a0}» n'est pas un moment\u{a0}: écrire influence, impact ou decision",
    ),
    (
        "\"{}\" is not a score: write a whole number from {} to {}",
        "«\u{a0}{}\u{a0}» n'est pas une note\u{a0}: écrire un nombre entier de {} à {}",
    ),
    (
        "score {} is off the scale {}",
        "la note {} sort de l'échelle {}",
    ),
    (
        "\"{}\" is not a number",
        "«\u{a0}{}\u{a0}» n'est pas un nombre",
    ),
    (
        "this row has more values than the header has columns",
        "cette ligne a plus de valeurs que l'en-tête n'a de colonnes",
    ),
    (
        "a quote in the middle of a field: put the whole field in quotes and double the quote (\"\")",
        "un guillemet au milieu d'un champ\u{a0}: mettez tout le champ entre guillemets et doublez le guillemet (\"\")",
    ),
    (
        "this quoted field never ends: a closing quote is missing",
        "ce champ entre guillemets ne finit jamais\u{a0}: il manque le guillemet fermant",
    ),
    (
        "a Mermaid journey starts with the line `journey`",
        "un parcours Mermaid commence par la ligne `journey`",
    ),
    (
        "there is no Mermaid journey here: it starts with the line `journey`",
        "il n'y a pas de parcours Mermaid ici\u{a0}: il commence par la ligne `journey`",
    ),
    (
        "\"{}\" is not a task: write `Task name: score: Actor, Actor`",
        "«\u{a0}{}\u{a0}» n'est pas une tâche\u{a0}: écrire `Nom de la tâche: note: Acteur, Acteur`",
    ),
    (
        "\"{}\" is not a score: Mermaid scores go from 1 to 5",
        "«\u{a0}{}\u{a0}» n'est pas une note\u{a0}: les notes Mermaid vont de 1 à 5",
    ),
    (
        "only {} files can be imported",
        "seuls les fichiers {} peuvent être importés",
    ),
    (
        "the imported map is not whole: {}: {}",
        "la carte importée n'est pas complète\u{a0}: {}\u{a0}: {}",
    ),
    (
        "no ```mermaid block with a journey diagram in this file",
        "pas de bloc ```mermaid avec un diagramme de parcours dans ce fichier",
    ),
    // The command line.
    (
        "give --format, or an output ending in .pdf, .png, .jpg, .svg, .csv, .xlsx or .mmd",
        "donnez --format, ou une sortie finissant par .pdf, .png, .jpg, .svg, .csv, .xlsx ou .mmd",
    ),
    (
        "{} does not exist; to run a command, use one of: {} (see parcours --help)",
        "{} n'existe pas\u{a0}; pour lancer une commande, utilisez l'une de celles-ci\u{a0}: {} (voir parcours --help)",
    ),
    (
        "the editor window could not open: {}",
        "la fenêtre de l'éditeur n'a pas pu s'ouvrir\u{a0}: {}",
    ),
    (
        "{} already exists; pass --force to replace it",
        "{} existe déjà\u{a0}; ajoutez --force pour le remplacer",
    ),
    (
        "pass --force to replace it anyway",
        "ajoutez --force pour le remplacer quand même",
    ),
    ("{} is not a {} file", "{} n'est pas un fichier {}"),
    (
        "{} is the map being exported; the export would replace it, so give another output",
        "{} est la carte exportée\u{a0}; l'export la remplacerait, donnez donc une autre sortie",
    ),
    (
        "{} is a map; the export would replace it, so give another output",
        "{} est une carte\u{a0}; l'export la remplacerait, donnez donc une autre sortie",
    ),
    (
        "not in canonical form; run `parcours fmt` on it",
        "pas sous forme canonique\u{a0}; lancez `parcours fmt` dessus",
    ),
    ("ok ({})", "valide ({})"),
    (
        "{} applies to {} exports only, not {}",
        "{} ne vaut que pour les exports {}, pas {}",
    ),
    (
        "--scale has no effect with --width or --height",
        "--scale est sans effet avec --width ou --height",
    ),
    (
        "--scale must be a positive number, not {}",
        "--scale doit être un nombre positif, pas {}",
    ),
    (
        "{} must be between 1 and {} pixels, not {}",
        "{} doit être entre 1 et {} pixels, pas {}",
    ),
    (
        "no persona is named \"{}\"; the map has: {}",
        "aucun persona ne s'appelle «\u{a0}{}\u{a0}»\u{a0}; la carte a\u{a0}: {}",
    ),
    (
        "no lane is called \"{}\"; {}",
        "aucune ligne ne s'appelle «\u{a0}{}\u{a0}»\u{a0}; {}",
    ),
    (
        "give a lane's title or kind: {}",
        "donnez le titre ou le type d'une ligne\u{a0}: {}",
    ),
    (
        "give a lane's title ({}) or kind ({})",
        "donnez le titre d'une ligne ({}) ou son type ({})",
    ),
    // Analysis, comparison and merges.
    (
        "{} hours a week is impossible: a week has 0 to 168 hours",
        "{}\u{a0}heures par semaine, c'est impossible\u{a0}: une semaine compte de 0 à 168\u{a0}heures",
    ),
    (
        "the analysis could not be written: {}",
        "l'analyse n'a pas pu être écrite\u{a0}: {}",
    ),
    (
        "the merged map would not be valid: {}",
        "la carte fusionnée ne serait pas valide\u{a0}: {}",
    ),
    (
        "1 conflict to resolve ({} from this merge); open the map in Parcours, or see `parcours check`",
        "1\u{a0}conflit à résoudre ({} de cette fusion)\u{a0}; ouvrez la carte dans Parcours, ou voyez `parcours check`",
    ),
    (
        "{} conflicts to resolve ({} from this merge); open the map in Parcours, or see `parcours check`",
        "{}\u{a0}conflits à résoudre ({} de cette fusion)\u{a0}; ouvrez la carte dans Parcours, ou voyez `parcours check`",
    ),
    (
        "unresolved merge conflict: {} one side deleted it, the other edited it",
        "conflit de fusion non résolu\u{a0}: {}, supprimé d'un côté, modifié de l'autre",
    ),
    (
        "unresolved merge conflict: {}: ours {}, theirs {}, was {}",
        "conflit de fusion non résolu\u{a0}: {}\u{a0}: chez nous {}, chez eux {}, à l'origine {}",
    ),
    // Present mode.
    (
        "{} has no stage {}; its stages are numbered 1 to {}",
        "{} n'a pas d'étape {}\u{a0}; ses étapes sont numérotées de 1 à {}",
    ),
    // Spreadsheets and imports.
    (
        "\"{}\" is not a number of hours a week: write one from 0 to 168",
        "«\u{a0}{}\u{a0}» n'est pas un nombre d'heures par semaine\u{a0}: écrire un nombre de 0 à 168",
    ),
    (
        "the map would take more than {} MiB, the most a map Parcours opens may take; the import stopped here",
        "la carte prendrait plus de {} Mio, le plus qu'une carte ouverte par Parcours peut prendre\u{a0}; l'import s'est arrêté ici",
    ),
    (
        "\"{}\" is not a number of votes: write a whole number from 0",
        "«\u{a0}{}\u{a0}» n'est pas un nombre de votes\u{a0}: écrire un nombre entier à partir de 0",
    ),
];
