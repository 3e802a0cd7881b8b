//! The Open Packaging Conventions around the parts: their content types, their
//! relationships, the document properties, and the zip that holds them.

use std::fmt::Write as _;
use std::io::{Cursor, Write};

use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use super::xml::{DECLARATION, escape};

/// The relationship types a deck uses, by their last word.
const OFFICE_RELATIONSHIPS: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/// The content type of a presentation part, by its kind.
pub fn content_type(kind: &str) -> String {
    match kind {
        "theme" => "application/vnd.openxmlformats-officedocument.theme+xml".to_owned(),
        "core" => "application/vnd.openxmlformats-package.core-properties+xml".to_owned(),
        "app" => "application/vnd.openxmlformats-officedocument.extended-properties+xml".to_owned(),
        "presentation" => {
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
                .to_owned()
        }
        kind => format!("application/vnd.openxmlformats-officedocument.presentationml.{kind}+xml"),
    }
}

/// One part of the package: its name and bytes, and its content type when it
/// is not known by its extension.
pub struct Part {
    /// The part's name, without the leading slash.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// An override of its content type; `None` for images and relationships.
    pub content_type: Option<String>,
}

impl Part {
    /// An XML part of `content_type`.
    pub fn xml(name: impl Into<String>, content_type: String, xml: String) -> Self {
        Self {
            name: name.into(),
            bytes: xml.into_bytes(),
            content_type: Some(content_type),
        }
    }

    /// A part whose extension says its type: relationships and images.
    pub fn plain(name: impl Into<String>, bytes: Vec<u8>) -> Self {
        Self {
            name: name.into(),
            bytes,
            content_type: None,
        }
    }
}

/// A relationships part: each `(id, kind, target)` with `kind` the last word of
/// an Office relationship type (`slide`, `image`, …) or a full type.
pub fn relationships(entries: &[(String, &str, String)]) -> String {
    let mut xml = format!(
        r#"{DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    );
    for (id, kind, target) in entries {
        let kind = if kind.starts_with("http") {
            (*kind).to_owned()
        } else {
            format!("{OFFICE_RELATIONSHIPS}{kind}")
        };
        let _ = write!(
            xml,
            r#"<Relationship Id="{id}" Type="{kind}" Target="{}"/>"#,
            escape(target)
        );
    }
    xml.push_str("</Relationships>");
    xml
}

/// The package's own relationships: the presentation and the properties.
pub fn root_relationships() -> String {
    relationships(&[
        (
            "rId1".into(),
            "officeDocument",
            "ppt/presentation.xml".into(),
        ),
        (
            "rId2".into(),
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml".into(),
        ),
        (
            "rId3".into(),
            "extended-properties",
            "docProps/app.xml".into(),
        ),
    ])
}

/// `docProps/core.xml`: the map's title.
pub fn core_properties(title: &str) -> String {
    format!(
        r#"{DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>Parcours</dc:creator></cp:coreProperties>"#,
        escape(title)
    )
}

/// `docProps/app.xml`: the application and the number of slides.
pub fn app_properties(slides: usize) -> String {
    format!(
        r#"{DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Parcours</Application><Slides>{slides}</Slides></Properties>"#
    )
}

/// `[Content_Types].xml` of `parts`.
fn content_types(parts: &[Part]) -> String {
    let mut xml = format!(
        r#"{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>"#
    );
    for part in parts {
        if let Some(content_type) = &part.content_type {
            let _ = write!(
                xml,
                r#"<Override PartName="/{}" ContentType="{content_type}"/>"#,
                part.name
            );
        }
    }
    xml.push_str("</Types>");
    xml
}

/// The zip of `parts`, content types first as the conventions ask; deflated.
pub fn zip(parts: &[Part]) -> std::io::Result<Vec<u8>> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    zip.start_file("[Content_Types].xml", options)?;
    zip.write_all(content_types(parts).as_bytes())?;
    for part in parts {
        zip.start_file(part.name.as_str(), options)?;
        zip.write_all(&part.bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}
