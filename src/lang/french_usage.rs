//! The French of the command line's usage mistakes (clap's own errors, export
//! options), of export budgets and of the rarer messages of checks and
//! merges, by their English patterns as in `french_messages`.

/// English patterns and their French, `{}` where the values go.
pub(super) const FRENCH_USAGE: &[(&str, &str)] = &[
    // clap's errors, line by line.
    ("error: {}", "erreur\u{a0}: {}"),
    (
        "the following required arguments were not provided:",
        "ces arguments obligatoires manquent\u{a0}:",
    ),
    (
        "unexpected argument '{}' found",
        "argument inattendu «\u{a0}{}\u{a0}»",
    ),
    (
        "  tip: to pass '{}' as a value, use '{}'",
        "  astuce\u{a0}: pour donner «\u{a0}{}\u{a0}» comme valeur, écrivez «\u{a0}{}\u{a0}»",
    ),
    (
        "  tip: a similar subcommand exists: '{}'",
        "  astuce\u{a0}: une commande proche existe\u{a0}: «\u{a0}{}\u{a0}»",
    ),
    (
        "  tip: a similar argument exists: '{}'",
        "  astuce\u{a0}: une option proche existe\u{a0}: «\u{a0}{}\u{a0}»",
    ),
    ("  [possible values: {}]", "  [valeurs possibles\u{a0}: {}]"),
    ("Usage: {}", "Utilisation\u{a0}: {}"),
    (
        "For more information, try '--help'.",
        "Pour en savoir plus, essayez «\u{a0}--help\u{a0}».",
    ),
    (
        "invalid value '{}' for '{}': {}",
        "valeur «\u{a0}{}\u{a0}» invalide pour «\u{a0}{}\u{a0}»\u{a0}: {}",
    ),
    (
        "invalid value '{}' for '{}'",
        "valeur «\u{a0}{}\u{a0}» invalide pour «\u{a0}{}\u{a0}»",
    ),
    (
        "a value is required for '{}' but none was supplied",
        "«\u{a0}{}\u{a0}» demande une valeur, mais aucune n'a été donnée",
    ),
    (
        "unrecognized subcommand '{}'",
        "commande «\u{a0}{}\u{a0}» inconnue",
    ),
    (
        "the argument '{}' cannot be used multiple times",
        "l'option «\u{a0}{}\u{a0}» ne se donne qu'une fois",
    ),
    (
        "the argument '{}' cannot be used with '{}'",
        "l'option «\u{a0}{}\u{a0}» ne va pas avec «\u{a0}{}\u{a0}»",
    ),
    ("invalid float literal", "ce n'est pas un nombre"),
    (
        "invalid digit found in string",
        "ce n'est pas un nombre entier",
    ),
    (
        "cannot parse integer from empty string",
        "un nombre entier est attendu",
    ),
    (
        "number too large to fit in target type",
        "le nombre est trop grand",
    ),
    // Export options and sizes.
    (
        "--no-insights applies to decks only: add --slides",
        "--no-insights ne vaut que pour les diaporamas\u{a0}: ajoutez --slides",
    ),
    (
        "--compare adds slides to a deck: give --slides too",
        "--compare ajoute des diapositives à un diaporama\u{a0}: donnez aussi --slides",
    ),
    ("a scale of {}×", "une échelle de {}×"),
    ("a size of {}×{} pixels", "une taille de {}×{}\u{a0}pixels"),
    ("a width of {} pixels", "une largeur de {}\u{a0}pixels"),
    ("a height of {} pixels", "une hauteur de {}\u{a0}pixels"),
    (
        "the {} slides would hold {} megapixels together, {} over the {} an export may have; ask for a smaller size",
        "les {}\u{a0}diapositives feraient ensemble {}\u{a0}mégapixels, {} de plus que les {} permis à un export\u{a0}; demandez une taille plus petite",
    ),
    (
        "the dashed lines (links off the main path, guides) would make {} dashes in one image, {} over the {} an image may have; export as SVG or PDF",
        "les lignes pointillées (liens hors du chemin principal, repères) feraient {}\u{a0}tirets dans une image, {} de plus que les {} permis à une image\u{a0}; exportez en SVG ou en PDF",
    ),
    (
        "no memory for {}×{} pixels",
        "pas assez de mémoire pour {}×{}\u{a0}pixels",
    ),
    (
        "the image buffer has the wrong size",
        "la mémoire de l'image n'a pas la bonne taille",
    ),
    (
        "the page's drawing went missing",
        "le dessin de la page s'est perdu",
    ),
    // Checks and merges.
    (
        "character {} of this text is one direction control (such as U+202E) too many: at most {} may follow each other; remove some",
        "le caractère {} de ce texte est un contrôle de direction (comme U+202E) de trop\u{a0}: {} au plus peuvent se suivre\u{a0}; retirez-en",
    ),
    ("unexpected end of file", "fin de fichier inattendue"),
    (
        "unresolved merge conflict: {} we deleted it, they edited it",
        "conflit de fusion non résolu\u{a0}: {}, supprimé chez nous, modifié chez eux",
    ),
    (
        "unresolved merge conflict: {} they deleted it, we edited it",
        "conflit de fusion non résolu\u{a0}: {}, supprimé chez eux, modifié chez nous",
    ),
    ("1 conflict", "1\u{a0}conflit"),
    ("{} conflicts", "{}\u{a0}conflits"),
    (
        "{} to resolve ({} from this merge); open the map in Parcours, or see `parcours check`",
        "{} à résoudre ({} de cette fusion)\u{a0}; ouvrez la carte dans Parcours, ou voyez `parcours check`",
    ),
    // The benchmark.
    (
        "no temporary folder to write into: {}",
        "pas de dossier temporaire où écrire\u{a0}: {}",
    ),
    ("{} on the {} map: {}", "{} sur la carte {}\u{a0}: {}"),
    (
        "the press started {}, not a card drag",
        "l'appui a commencé {}, pas un glissement de carte",
    ),
    ("bench: {}", "mesures\u{a0}: {}"),
    (
        "the editor window could not open: {}",
        "la fenêtre de l'éditeur n'a pas pu s'ouvrir\u{a0}: {}",
    ),
];
