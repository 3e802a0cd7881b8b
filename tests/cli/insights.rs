//! `parcours insights`: the analysis of a map as Markdown, JSON or CSV.

use super::{parcours, stderr, stdout};

const HOME: &str = "assets/examples/home-insurance-renewal.journey.ron";
const PHOTOGRAPHER: &str = "assets/examples/relance-prospects-photographe.journey.ron";

#[test]
fn insights_print_markdown_tables_by_default() {
    let output = parcours(&["insights", HOME]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("# Insights: Home insurance renewal\n"),
        "{text}"
    );
    for line in [
        // Claire's stage of lowest mean and her lowest point.
        "| Weakest stage | Awareness |  | mean -1 |  |",
        "| Lowest point | Service | Claim by phone, 25 min | -2 | Water on the floor, 25 min on hold |",
        // The two critical pain points, the worse-feeling stage first.
        "| 1 | 25 min on hold | Service | Critical | 0 | -0.67 |",
        "| 2 | 12-field form drops 40% | Purchase | Critical | 0 | 0 |",
        "| Quick wins | Pre-fill from contract | Purchase | Critical | Medium | Critical |",
        "In all: 53 hours a week.",
        "| Abandons the form | Quote form (12 fields) | Purchase | 15% |",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
}

#[test]
fn insights_as_json_carry_the_keys_scripts_read() {
    let output = parcours(&["insights", PHOTOGRAPHER, "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    for key in [
        "personas",
        "pain_points",
        "moments_of_truth",
        "opportunities",
        "channels",
        "automation_candidates",
        "drop_outs",
        "stage_metrics",
    ] {
        assert!(json[key].is_array(), "{key}");
    }
    let camille = &json["personas"][0];
    assert_eq!(camille["name"], "Camille");
    assert_eq!(camille["weakest_stage"], "Demande et devis");
    assert_eq!(camille["strongest_stage"], "Livraison et recommandation");
    assert_eq!(camille["lowest_point"]["stage"], "Demande et devis");
    assert_eq!(camille["lowest_point"]["score"], -2);
    assert_eq!(camille["highest_point"]["score"], 2);
    assert_eq!(camille["stage_means"][1]["mean"], -1.0);
    assert_eq!(camille["stage_means"].as_array().map(Vec::len), Some(6));
    assert_eq!(json["pain_points"][0]["text"], "Devis envoyé en 4 jours");
    assert_eq!(json["opportunities"][0]["quadrant"], "QuickWin");
    assert_eq!(
        json["automation_candidates"].as_array().map(Vec::len),
        Some(5)
    );
    assert_eq!(json["automation_hours_per_week"], 7.0);
    assert_eq!(json["drop_outs"][0]["share"], 44.0);
}

#[test]
fn insights_as_csv_are_one_row_per_figure() {
    let output = parcours(&["insights", HOME, "-f", "csv"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("section,id,stage,subject,measure,value,detail")
    );
    assert!(
        text.contains("\npersona,1,Awareness,Claire,weakest stage,-1,\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "\nautomation candidate,28,Service,\"Claim by phone, 25 min\",hours a week,35,Claims\n"
        ),
        "{text}"
    );
}

#[test]
fn insights_of_a_broken_map_say_where_it_breaks_and_exit_1() {
    let output = parcours(&["insights", "tests/broken/dangling-stage.journey.ron"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).is_empty());
    assert!(
        stderr(&output).starts_with("tests/broken/dangling-stage.journey.ron:"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn insights_in_an_unknown_format_are_a_usage_mistake() {
    let output = parcours(&["insights", HOME, "--format", "xml"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn no_insights_leaves_the_five_insights_slides_out_of_a_deck() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let deck = |name: &str, extra: &[&str]| {
        let path = folder.path().join(name);
        let path = path.to_str().expect("a UTF-8 path").to_owned();
        let mut args = vec!["export", HOME, "--slides", "-o", path.as_str()];
        args.extend_from_slice(extra);
        let output = parcours(&args);
        assert!(output.status.success(), "{}", stderr(&output));
        stdout(&output).lines().count()
    };
    let with = deck("with.svg", &[]);
    let without = deck("without.svg", &["--no-insights"]);
    assert_eq!(with, without + 5);
}

#[test]
fn no_insights_without_a_deck_is_a_usage_mistake() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("map.svg");
    let output = parcours(&[
        "export",
        HOME,
        "--no-insights",
        "-o",
        path.to_str().expect("UTF-8"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--no-insights applies to decks only"),
        "{}",
        stderr(&output)
    );
}
