//! Pages rendered on as many threads as the machine has cores, handed on in
//! their order: a deck of images takes about a core's share of its time.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::{ExportError, Page, Progress};

/// At most this many pages are drawn at once: each holds its pixels.
const MAX_THREADS: usize = 8;

/// Renders every page with `render`, several at once, and gives each result to
/// `deliver` in page order; stops at the first failure or when `progress` is
/// cancelled.
pub fn render_in_order(
    pages: &[Page],
    progress: &Progress,
    render: impl Fn(&Page) -> Result<Vec<u8>, ExportError> + Sync,
    mut deliver: impl FnMut(usize, Vec<u8>) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, MAX_THREADS)
        .min(pages.len().max(1));
    let next_page = AtomicUsize::new(0);
    let (sender, receiver) = mpsc::sync_channel(threads);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let sender = sender.clone();
            let (next_page, render) = (&next_page, &render);
            scope.spawn(move || {
                loop {
                    let index = next_page.fetch_add(1, Ordering::Relaxed);
                    let Some(page) = pages.get(index) else { break };
                    let result = if progress.is_cancelled() {
                        Err(ExportError::Cancelled)
                    } else {
                        render(page)
                    };
                    // The receiver is gone only when it has stopped on a failure.
                    if sender.send((index, result)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        let outcome = deliver_in_order(&receiver, pages.len(), &mut deliver);
        if outcome.is_err() {
            // The threads stop at their next page.
            next_page.store(pages.len(), Ordering::Relaxed);
        }
        drop(receiver);
        outcome
    })
}

type Rendered = (usize, Result<Vec<u8>, ExportError>);

fn deliver_in_order(
    receiver: &mpsc::Receiver<Rendered>,
    count: usize,
    deliver: &mut impl FnMut(usize, Vec<u8>) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    while next < count {
        let Ok((index, result)) = receiver.recv() else {
            return Err(ExportError::Render("a page was never drawn".to_owned()));
        };
        waiting.insert(index, result?);
        while let Some(bytes) = waiting.remove(&next) {
            deliver(next, bytes)?;
            next += 1;
        }
    }
    Ok(())
}
