//! Stable identifiers: every element of a map has one, unique across the whole map,
//! so edits, links and undo survive reordering.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

id_type! {
    /// Identifies a [`super::Persona`].
    PersonaId;
    /// Identifies a [`super::Stage`].
    StageId;
    /// Identifies a [`super::Step`] inside a stage.
    StepId;
    /// Identifies a [`super::Lane`].
    LaneId;
    /// Identifies a [`super::Card`].
    CardId;
    /// Identifies an [`super::EmotionCurve`].
    CurveId;
    /// Identifies an [`super::EmotionPoint`].
    PointId;
    /// Identifies a [`super::MomentOfTruth`].
    MomentId;
    /// Identifies a [`super::Link`].
    LinkId;
}
