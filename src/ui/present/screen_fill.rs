//! Full screen even where nothing honours the request: on a bare X server (no
//! window manager, as under Xvfb) the window is moved to the screen's corner
//! and sized to the monitor instead, and put back as it was afterwards.

use egui::{Context, Rect, ViewportCommand, pos2};

/// How long a window manager gets to make the window full screen before the
/// window does it itself, in seconds.
const GRACE: f64 = 0.5;

/// What was done to make a window fill its screen.
#[derive(Default)]
pub(super) struct ScreenFill {
    /// When full screen was first asked for.
    asked_at: Option<f64>,
    /// The window's place and size before it was moved, once it was.
    before: Option<Rect>,
}

impl ScreenFill {
    /// Called every frame while the talk should fill the screen of `ctx`.
    pub(super) fn keep_filling(&mut self, ctx: &Context) {
        if self.before.is_some() {
            return;
        }
        let (now, monitor, inner, outer) = ctx.input(|i| {
            let viewport = i.viewport();
            (
                i.time,
                viewport.monitor_size,
                viewport.inner_rect,
                viewport.outer_rect,
            )
        });
        let asked_at = *self.asked_at.get_or_insert(now);
        let (Some(monitor), Some(inner), Some(outer)) = (monitor, inner, outer) else {
            return;
        };
        if inner.size() == monitor {
            return;
        }
        if now - asked_at < GRACE {
            let left = GRACE - (now - asked_at);
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(left));
            return;
        }
        self.before = Some(Rect::from_min_size(outer.min, inner.size()));
        ctx.send_viewport_cmd(ViewportCommand::OuterPosition(pos2(0.0, 0.0)));
        ctx.send_viewport_cmd(ViewportCommand::InnerSize(monitor));
        ctx.request_repaint();
    }

    /// Puts the window back where and as large as it was.
    pub(super) fn restore(&self, ctx: &Context) {
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
        if let Some(before) = self.before {
            ctx.send_viewport_cmd(ViewportCommand::OuterPosition(before.min));
            ctx.send_viewport_cmd(ViewportCommand::InnerSize(before.size()));
        }
    }
}
