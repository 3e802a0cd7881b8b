//! The time left on a stage, when the presenter set minutes per stage.

/// A countdown started when a stage was shown.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Countdown {
    seconds: f64,
    started: f64,
}

impl Countdown {
    /// `minutes` from `now` (seconds).
    pub fn new(minutes: u32, now: f64) -> Self {
        Self {
            seconds: f64::from(minutes) * 60.0,
            started: now,
        }
    }

    /// Seconds left at `now`, never below zero.
    pub fn remaining(&self, now: f64) -> f64 {
        (self.seconds - (now - self.started)).max(0.0)
    }

    /// Whether less than a minute is left at `now` (time up included).
    pub fn in_last_minute(&self, now: f64) -> bool {
        self.remaining(now) < 60.0
    }

    /// The time left as minutes and seconds, "4:05", rounded up so that the
    /// first second shows the whole time and "0:00" means time is up.
    pub fn text(&self, now: f64) -> String {
        let seconds = self.remaining(now).ceil() as u64;
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::Countdown;

    #[test]
    fn the_countdown_reads_down_and_turns_to_its_last_minute() {
        let countdown = Countdown::new(5, 100.0);
        assert_eq!(countdown.text(100.0), "5:00");
        assert_eq!(countdown.text(100.5), "5:00");
        assert_eq!(countdown.text(155.0), "4:05");
        assert!(!countdown.in_last_minute(339.0));
        assert!(countdown.in_last_minute(341.0));
        assert_eq!(countdown.text(1000.0), "0:00");
    }
}
