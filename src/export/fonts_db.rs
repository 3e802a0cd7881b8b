//! The shipped fonts, and the SVG parsing options, for usvg and resvg: the PNG
//! and JPEG backends draw embedded images through them.

use std::sync::{Arc, OnceLock};

use resvg::usvg::{self, ImageHrefResolver, fontdb};

use crate::fonts;

fn database() -> Arc<fontdb::Database> {
    static DATABASE: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut database = fontdb::Database::new();
            for bytes in [fonts::REGULAR, fonts::BOLD, fonts::EMOJI, fonts::SYMBOLS] {
                database.load_font_data(bytes.to_vec());
            }
            database.set_sans_serif_family(fonts::FAMILY);
            Arc::new(database)
        })
        .clone()
}

/// Reads only what the SVG holds: images come as data URLs, never from a path.
pub fn options() -> usvg::Options<'static> {
    usvg::Options {
        font_family: fonts::FAMILY.to_owned(),
        fontdb: database(),
        image_href_resolver: ImageHrefResolver {
            resolve_data: ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    }
}

pub fn parse(svg: &str) -> Result<usvg::Tree, super::ExportError> {
    usvg::Tree::from_str(svg, &options())
        .map_err(|error| super::ExportError::Render(error.to_string()))
}
