//! Times every measure on every size and prints the medians as a table.

use std::fmt;
use std::hint::black_box;
use std::time::{Duration, Instant};

use super::{Measure, Workload};
use crate::model::synthetic::MapSize;

/// Each measure within the budget runs at least this many times.
const MIN_SAMPLES: usize = 5;
/// And at most this many times, however fast.
const MAX_SAMPLES: usize = 1_000;

/// The median time of each measure on each size.
pub struct Table {
    rows: Vec<(Measure, Vec<(MapSize, Duration)>)>,
}

/// Times every measure on every size, spending about `budget` on each pair.
pub fn measure_all(budget: Duration) -> Result<Table, String> {
    let mut rows = Vec::new();
    for measure in Measure::ALL {
        let mut row = Vec::new();
        for size in MapSize::ALL {
            let mut workload = Workload::new(size, measure)
                .map_err(|err| format!("{} on the {size} map: {err}", measure.label()))?;
            row.push((size, median_time(&mut workload, budget)?));
        }
        rows.push((measure, row));
    }
    Ok(Table { rows })
}

/// The median of runs after a first one that warms caches up; work slower than
/// the budget (a deck of hundreds of slides) is timed by that first run alone.
fn median_time(workload: &mut Workload, budget: Duration) -> Result<Duration, String> {
    let first = timed_run(workload)?;
    if first >= budget {
        return Ok(first);
    }
    let started = Instant::now();
    let mut samples = Vec::new();
    while samples.len() < MIN_SAMPLES || (samples.len() < MAX_SAMPLES && started.elapsed() < budget)
    {
        samples.push(timed_run(workload)?);
    }
    samples.sort();
    Ok(samples[samples.len() / 2])
}

fn timed_run(workload: &mut Workload) -> Result<Duration, String> {
    let start = Instant::now();
    black_box(workload.run()?);
    Ok(start.elapsed())
}

/// A duration as people read it: three significant digits at most.
fn readable(duration: Duration) -> String {
    let ms = duration.as_secs_f64() * 1000.0;
    match ms {
        ms if ms >= 1000.0 => format!("{:.2} s", ms / 1000.0),
        ms if ms >= 100.0 => format!("{ms:.0} ms"),
        ms if ms >= 10.0 => format!("{ms:.1} ms"),
        ms if ms >= 0.1 => format!("{ms:.2} ms"),
        ms => format!("{:.0} µs", ms * 1000.0),
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<24}", "median")?;
        for size in MapSize::ALL {
            write!(f, "{:>11}", size.name())?;
        }
        writeln!(f)?;
        for (measure, row) in &self.rows {
            write!(f, "{:<24}", measure.label())?;
            for (_, duration) in row {
                write!(f, "{:>11}", readable(*duration))?;
            }
            writeln!(f)?;
        }
        writeln!(f)?;
        for (measure, row) in &self.rows {
            for (size, duration) in row {
                if let Some(target) = measure.target(*size) {
                    let verdict = if duration < &target { "met" } else { "MISSED" };
                    writeln!(
                        f,
                        "target {size}, {}: under {}: {verdict}",
                        measure.label(),
                        readable(target)
                    )?;
                }
            }
        }
        Ok(())
    }
}
