//! One element merged field by field: what only one side changed is taken, the
//! same change on both sides is taken once, a text both sides changed is merged
//! line by line, and anything else is a conflict that keeps our value.

use serde_json::Value;

use crate::compare::Fields;
use crate::model::{Conflict, ElementRef};

/// The three versions of one element's fields.
pub struct Versions<'a> {
    /// The version both sides started from (empty when both added the element).
    pub base: &'a Fields,
    /// Our version.
    pub ours: &'a Fields,
    /// Their version.
    pub theirs: &'a Fields,
}

/// The merged fields of `element`, leaving out `skipped` (merged elsewhere);
/// each field both sides changed in different ways is a conflict in `conflicts`.
pub fn merge_fields(
    element: ElementRef,
    versions: &Versions,
    skipped: Option<&str>,
    conflicts: &mut Vec<Conflict>,
) -> Fields {
    let names = versions
        .ours
        .keys()
        .chain(versions.theirs.keys())
        .chain(versions.base.keys());
    let mut merged = Fields::new();
    for name in names {
        if Some(name.as_str()) == skipped || merged.contains_key(name) {
            continue;
        }
        let (base, ours, theirs) = (
            versions.base.get(name),
            versions.ours.get(name),
            versions.theirs.get(name),
        );
        let value = merge_value(base, ours, theirs).unwrap_or_else(|| {
            conflicts.push(Conflict {
                element,
                field: name.clone(),
                base: base.cloned(),
                ours: ours.cloned(),
                theirs: theirs.cloned(),
            });
            ours.cloned()
        });
        match value {
            Some(value) => merged.insert(name.clone(), value),
            // Absent is the field's default, as in the file: marked as seen.
            None => merged.insert(name.clone(), Value::Null),
        };
    }
    merged.retain(|_, value| !value.is_null());
    merged
}

/// The merged value of one field (`None` inside: unset); `None` for a conflict.
fn merge_value(
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
) -> Option<Option<Value>> {
    if ours == theirs || theirs == base {
        return Some(ours.cloned());
    }
    if ours == base {
        return Some(theirs.cloned());
    }
    let (base, ours, theirs) = (text_of(base)?, text_of(ours)?, text_of(theirs)?);
    merge_lines(base, ours, theirs).map(|merged| Some(Value::String(merged)))
}

/// The text a field holds, empty when unset; `None` for a value not a text.
fn text_of(value: Option<&Value>) -> Option<&str> {
    match value {
        None => Some(""),
        Some(Value::String(text)) => Some(text.as_str()),
        Some(_) => None,
    }
}

/// A text both sides changed, merged line by line; `None` when they changed the
/// same lines, or when the text is one line (then there is nothing to merge).
pub fn merge_lines(base: &str, ours: &str, theirs: &str) -> Option<String> {
    if !ours.contains('\n') && !theirs.contains('\n') {
        return None;
    }
    diffy::merge(base, ours, theirs).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_both_sides_changed_on_different_lines_keeps_both_changes() {
        let base = "Calls the advisor\nWaits two days\nGets a quote";
        let ours = "Calls the advisor\nWaits two days\nGets a quote by email";
        let theirs = "Calls the advisor back\nWaits two days\nGets a quote";
        assert_eq!(
            merge_lines(base, ours, theirs).as_deref(),
            Some("Calls the advisor back\nWaits two days\nGets a quote by email")
        );
    }

    #[test]
    fn the_same_line_changed_two_ways_is_a_conflict() {
        assert_eq!(merge_lines("a\nb", "a\nc", "a\nd"), None);
        assert_eq!(merge_lines("call", "call back", "recall"), None);
    }

    #[test]
    fn a_field_one_side_changed_takes_that_change() {
        let old = Value::from("Advisor call");
        let new = Value::from("Advisor call-back");
        assert_eq!(
            merge_value(Some(&old), Some(&old), Some(&new)),
            Some(Some(new.clone()))
        );
        assert_eq!(
            merge_value(Some(&old), Some(&new), None),
            None,
            "one side changed it, the other unset it"
        );
    }
}
