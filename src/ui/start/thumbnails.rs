//! Small pictures of the recent maps, drawn by the export's raster backend on
//! one worker thread so the start screen never waits on a file, and kept as
//! textures once drawn.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use egui::{ColorImage, Context, TextureHandle, TextureOptions};

use crate::export::{ExportRequest, Format, Pages, page_image, pages};

/// How wide a thumbnail is drawn, in pixels; its height follows the map.
pub const THUMBNAIL_WIDTH: u32 = 240;

/// A recent map as its thumbnail shows it.
pub struct Preview {
    /// The map's title.
    pub title: String,
    /// The whole map, [`THUMBNAIL_WIDTH`] pixels wide.
    pub image: ColorImage,
}

/// What the start screen knows of one recent map's thumbnail.
pub enum Thumbnail {
    /// Being drawn.
    Waiting,
    /// Drawn.
    Ready {
        /// The map's title.
        title: String,
        /// The picture.
        texture: TextureHandle,
    },
    /// The file could not be read as a map; the English reason.
    Unreadable(String),
}

/// The thumbnails of some files, drawn in the order asked.
pub struct Thumbnails {
    answers: Receiver<(PathBuf, Result<Preview, String>)>,
    shown: HashMap<PathBuf, Thumbnail>,
}

impl Thumbnails {
    /// Starts drawing the thumbnails of `paths` on a worker thread, which
    /// ends once it has drawn them all or nobody waits for them any more.
    pub fn start(paths: Vec<PathBuf>, ctx: &Context) -> Self {
        let (sender, answers) = channel();
        let repaint = ctx.clone();
        let shown = paths
            .iter()
            .map(|path| (path.clone(), Thumbnail::Waiting))
            .collect();
        std::thread::spawn(move || {
            for path in paths {
                let preview = preview(&path);
                if sender.send((path, preview)).is_err() {
                    return;
                }
                repaint.request_repaint();
            }
        });
        Self { answers, shown }
    }

    /// The thumbnail of `path` as it is now, taking in those drawn meanwhile.
    pub fn get(&mut self, path: &Path, ctx: &Context) -> Option<&Thumbnail> {
        while let Ok((drawn, preview)) = self.answers.try_recv() {
            let thumbnail = match preview {
                Ok(preview) => Thumbnail::Ready {
                    texture: ctx.load_texture(
                        drawn.display().to_string(),
                        preview.image,
                        TextureOptions::LINEAR,
                    ),
                    title: preview.title,
                },
                Err(reason) => Thumbnail::Unreadable(reason),
            };
            self.shown.insert(drawn, thumbnail);
        }
        self.shown.get(path)
    }
}

/// The map at `path` drawn whole, [`THUMBNAIL_WIDTH`] pixels wide, with its
/// title; or why it cannot be.
pub fn preview(path: &Path) -> Result<Preview, String> {
    let map = crate::file::load(path).map_err(|error| error.to_string())?;
    let mut request = ExportRequest::new(Format::Png, Pages::WholeMap);
    request.raster.width = Some(THUMBNAIL_WIDTH);
    let page = pages(&map, &request)
        .into_iter()
        .next()
        .expect("a request for the whole map makes one page");
    let picture = page_image(&map, &page, &request).map_err(|error| error.to_string())?;
    let size = [picture.width() as usize, picture.height() as usize];
    Ok(Preview {
        title: map.meta.title,
        image: ColorImage::from_rgba_unmultiplied(size, picture.as_raw()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_is_drawn_small_with_its_title() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/examples/home-insurance-renewal.journey.ron");
        let preview = preview(&path).expect("the example draws");
        assert_eq!(preview.title, "Home insurance renewal");
        assert_eq!(preview.image.size[0], THUMBNAIL_WIDTH as usize);
        assert!(preview.image.size[1] > 20);
        let colours: std::collections::HashSet<_> = preview.image.pixels.iter().collect();
        assert!(colours.len() > 20, "a picture, not a blank page");
    }

    #[test]
    fn a_file_that_is_not_a_map_says_so() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
        let reason = preview(&path).err().expect("not a map");
        assert!(reason.contains("Cargo.toml"), "{reason}");
    }
}
