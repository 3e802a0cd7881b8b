//! Present mode without a window: the steps of a talk through a map (title,
//! overview, each stage, the insights), the view that makes a spotlighted stage
//! fill the screen with every card readable, the eased glide of the view from
//! one step to the next, and the countdown of a stage. The window draws what
//! these say (`ui::present`); nothing here knows egui beyond its geometry types.

mod camera;
mod countdown;
mod legibility;
mod steps;

pub use camera::{GLIDE_SECONDS, Glide, LEGIBLE_PIXELS, ease, overview_view, stage_views};
pub use countdown::Countdown;
pub use legibility::smallest_card_text;
pub use steps::{Step, Steps};
