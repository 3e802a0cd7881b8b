//! Parcours: a native designer for customer journey maps.
//!
//! Data flows one way: the document ([`model`]) is read and written by [`file`].

pub mod file;
pub mod model;
pub mod templates;
