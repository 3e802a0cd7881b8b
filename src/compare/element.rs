//! The elements of a map as compare and merge see them: each with an id, and
//! each a set of named fields read through serde, so that every field of every
//! element is compared and merged the same way, new fields included.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::model::{
    Card, ElementRef, EmotionCurve, EmotionPoint, Lane, Link, MomentOfTruth, Persona, Stage, Step,
};

/// The fields of an element by name, in the order the file writes them; fields
/// left at their default are absent, as in the file.
pub type Fields = Map<String, Value>;

/// An element of a map with an id of its own.
pub trait Element: Serialize + DeserializeOwned + Clone + PartialEq {
    /// The field holding the element's own elements (a stage's steps, a curve's
    /// points), merged element by element rather than as one value.
    const CHILDREN: Option<&'static str> = None;

    /// The element's id.
    fn key(&self) -> u32;

    /// The element, as change lists and conflicts name it.
    fn reference(&self) -> ElementRef;
}

macro_rules! element {
    ($($type:ty => $variant:ident $(, children $children:literal)?;)*) => {$(
        impl Element for $type {
            $(const CHILDREN: Option<&'static str> = Some($children);)?

            fn key(&self) -> u32 {
                self.id.0
            }

            fn reference(&self) -> ElementRef {
                ElementRef::$variant(self.id)
            }
        }
    )*};
}

element! {
    Persona => Persona;
    Stage => Stage, children "steps";
    Step => Step;
    Lane => Lane;
    Card => Card;
    EmotionCurve => Curve, children "points";
    EmotionPoint => Point;
    MomentOfTruth => Moment;
    Link => Link;
}

/// The named fields of a value that serializes as a structure; anything else
/// (which no element of a map is) gives no fields.
pub fn fields_of<T: Serialize>(value: &T) -> Fields {
    match serde_json::to_value(value) {
        Ok(Value::Object(fields)) => fields,
        _ => Fields::new(),
    }
}

/// The value back from its fields; `None` when they do not make one (a field of
/// the wrong type, a required field missing).
pub fn from_fields<T: DeserializeOwned>(fields: Fields) -> Option<T> {
    serde_json::from_value(Value::Object(fields)).ok()
}

/// One field that differs between two versions of an element.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldChange {
    /// The field's name, as the file writes it: `text`, `severity`…
    pub field: String,
    /// The value before; `None` when it was unset.
    pub before: Option<Value>,
    /// The value after; `None` when it is unset.
    pub after: Option<Value>,
}

/// The fields that differ between two versions of an element, in the file's
/// order, leaving out the `ignored` ones.
pub fn changed_fields(before: &Fields, after: &Fields, ignored: &[&str]) -> Vec<FieldChange> {
    let names = before
        .keys()
        .chain(after.keys().filter(|name| !before.contains_key(*name)));
    names
        .filter(|name| !ignored.contains(&name.as_str()))
        .filter(|name| before.get(*name) != after.get(*name))
        .map(|name| FieldChange {
            field: name.clone(),
            before: before.get(name).cloned(),
            after: after.get(name).cloned(),
        })
        .collect()
}
