//! What an exported SVG says, read back as a viewer reads it.

use resvg::usvg;

/// Every string of text in an SVG, as usvg reads it back.
pub fn svg_texts(svg: &[u8]) -> Vec<String> {
    let mut options = usvg::Options::default();
    options
        .fontdb_mut()
        .load_font_data(parcours::fonts::REGULAR.to_vec());
    let tree = usvg::Tree::from_data(svg, &options).expect("the SVG parses");
    let mut texts = Vec::new();
    collect_texts(tree.root(), &mut texts);
    texts
}

fn collect_texts(group: &usvg::Group, texts: &mut Vec<String>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(group) => collect_texts(group, texts),
            usvg::Node::Text(text) => {
                texts.push(text.chunks().iter().map(|c| c.text()).collect());
            }
            _ => {}
        }
    }
}
