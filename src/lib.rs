//! Parcours: a native designer for customer journey maps.
//!
//! Data flows one way: document ([`model`], [`file`]), edits ([`edit`]),
//! geometry ([`layout`]), a renderer-neutral [`scene`], and the backends that
//! draw it (the [`ui`] canvas).

#![warn(missing_docs)]

pub mod compare;
pub mod edit;
pub mod export;
pub mod file;
pub mod fonts;
pub mod formats;
pub mod insights;
pub mod interchange;
pub mod lang;
pub mod layout;
pub mod merge;
pub mod model;
pub mod perf;
pub mod present;
pub mod scene;
pub mod session;
pub mod templates;
pub mod ui;
