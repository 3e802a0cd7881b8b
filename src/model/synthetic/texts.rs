//! Words for synthetic maps: the phrases consultants write on cards of each lane.

use super::Rng;
use crate::model::LaneKind;

/// Stage names of an insurance journey, in journey order; larger maps go round again.
pub const STAGE_NAMES: [&str; 12] = [
    "Awareness",
    "Research",
    "Comparison",
    "Quote",
    "Purchase",
    "Onboarding",
    "First use",
    "Support",
    "Billing",
    "Renewal",
    "Loyalty",
    "Advocacy",
];

/// Names for the steps of split stages.
pub const STEP_NAMES: [&str; 6] = [
    "Before",
    "Online",
    "In person",
    "Follow-up",
    "Waiting",
    "Decision",
];

/// How long a stage lasts, in the consultant's words.
pub const DURATIONS: [&str; 6] = [
    "a few minutes",
    "1 day",
    "2 to 5 days",
    "2 weeks",
    "30 days",
    "a year",
];

/// Personas as `(name, age, job title, quote)`.
pub const PERSONAS: [(&str, &str, &str, &str); 4] = [
    (
        "Claire",
        "35-44",
        "Project manager",
        "I want it sorted in one call, not five.",
    ),
    (
        "Marc",
        "55-64",
        "Retired teacher",
        "Just tell me plainly what I am paying for.",
    ),
    (
        "Inès",
        "25-34",
        "Nurse on night shifts",
        "If it doesn't work on my phone at 3 am, it doesn't work.",
    ),
    (
        "Tom",
        "18-24",
        "Student",
        "I compare everything, twice, and then ask my friends.",
    ),
];

/// Departments that own opportunities, actions and backstage cards.
pub const OWNERS: [&str; 6] = [
    "Marketing",
    "Sales",
    "Customer care",
    "Claims team",
    "IT",
    "Partner network",
];

/// Tags put on some cards.
pub const TAGS: [&str; 6] = [
    "quick win",
    "regulatory",
    "digital",
    "to validate",
    "interview",
    "analytics",
];

const TOUCHPOINTS: [&str; 16] = [
    "Sees an ad",
    "Reads reviews",
    "Visits the website",
    "Calls the hotline",
    "Opens the welcome email",
    "Chats with an adviser",
    "Downloads the app",
    "Fills in the quote form",
    "Receives the contract by post",
    "Asks a friend",
    "Visits the branch",
    "Gets an SMS reminder",
    "Reads the FAQ",
    "Signs online",
    "Receives the first invoice",
    "Answers a satisfaction survey",
];

const DOES: [&str; 12] = [
    "Compares three offers side by side",
    "Looks for the price",
    "Gathers the documents the form asks for",
    "Waits for a call back",
    "Creates an account",
    "Types the same information again",
    "Checks the contract's small print",
    "Pays the first instalment",
    "Forwards the email to a partner",
    "Searches the help pages for an answer",
    "Sets up direct debit",
    "Leaves a review",
];

const THINKS: [&str; 12] = [
    "“Is this really cheaper than what I have?”",
    "“Why do they need my payslips?”",
    "“I hope someone actually reads this.”",
    "“That was easier than expected.”",
    "“Am I covered already, or only from Monday?”",
    "“I'll do it tonight, when the kids are asleep.”",
    "“Nobody told me about that fee.”",
    "“Finally, a human being.”",
    "“Which of these three emails is the right one?”",
    "“My neighbour had a bad experience with them.”",
    "“I should have done this months ago.”",
    "“Can I change my mind later?”",
];

const FEELINGS: [&str; 8] = [
    "Curious",
    "Reassured",
    "Impatient",
    "Confused",
    "Relieved",
    "Annoyed",
    "Confident",
    "Anxious about the cost",
];

const PAIN_OPENERS: [&str; 8] = [
    "The form times out",
    "The price changes",
    "Nobody answers the phone",
    "The confirmation email never arrives",
    "The app asks for the same documents twice",
    "The adviser cannot see the online quote",
    "The invoice uses jargon",
    "The password reset link expires",
];

const PAIN_DETAILS: [&str; 8] = [
    "after ten minutes of typing, and everything is lost",
    "between the quote and the checkout page, without explanation",
    "during lunch hours, when most customers call",
    "so the customer thinks the purchase failed and tries again",
    "because the two systems do not share files",
    "and the customer has to start the story from the beginning",
    "that even our own advisers struggle to explain",
    "before it reaches customers who read email once a day",
];

const OPPORTUNITIES: [&str; 10] = [
    "Save the form as the customer types",
    "Show the final price from the first screen",
    "Offer a call-back slot instead of a queue",
    "Send one clear confirmation with next steps",
    "Share documents between the app and the branch",
    "Give advisers the customer's online history",
    "Rewrite the invoice in plain words, with an example",
    "Let customers sign in with a one-time code",
    "Remind customers a week before renewal, with their options",
    "Invite happy customers to refer a friend",
];

const ACTIONS: [&str; 8] = [
    "Audit the quote form with five customers",
    "Add autosave to the web form",
    "Publish the call-back booking page",
    "Merge the three confirmation emails",
    "Train advisers on the new dashboard",
    "Test the plain-language invoice in one region",
    "Measure drop-out per form step",
    "Set up the referral programme",
];

const BACKSTAGE: [&str; 8] = [
    "CRM creates the lead",
    "Underwriting checks the risk",
    "Scoring service rates the file",
    "Documents are scanned and indexed",
    "Billing system issues the schedule",
    "Claims team assigns an expert",
    "Data sync runs overnight",
    "Quality team reviews the call",
];

/// Metrics as `(name, unit, source)`.
pub const METRICS: [(&str, &str, &str); 5] = [
    ("CSAT", "%", "post-call survey"),
    ("NPS", "", "quarterly survey"),
    ("Conversion", "%", "web analytics"),
    ("Wait time", "min", "telephony logs"),
    ("Drop-out", "%", "funnel analytics"),
];

const DESCRIPTION_SENTENCES: [&str; 10] = [
    "Seen in most of the twelve interviews, often more than once per customer.",
    "Customers over 60 mention it first, before the price.",
    "Support logs show a peak of calls about this on Monday mornings.",
    "The legal team asked to keep the wording as it is until the next review.",
    "A competitor solved this last year and advertises it.",
    "The web analytics confirm it: a third of the sessions end on this page.",
    "Field advisers have their own workaround, which is not documented.",
    "This matters more for families than for single customers.",
    "We do not know yet how often it happens in branches.",
    "To be checked with the data team before the next workshop.",
];

/// Remarks for cards' discussion threads.
pub const COMMENTS: [&str; 5] = [
    "Agreed, this came up again in Tuesday's session.",
    "Do we have numbers for this?",
    "I think this belongs to the next stage.",
    "Let's merge it with the similar card in Support.",
    "Confirmed by the call-centre team.",
];

/// Words written beside links.
pub const LINK_LABELS: [&str; 5] = [
    "most customers",
    "after a reminder",
    "if the quote is too high",
    "comes back later",
    "gives up",
];

/// The text of a card in a lane of `kind`: a few words to a few lines, as on real maps.
pub fn card_text(rng: &mut Rng, kind: LaneKind) -> String {
    match kind {
        LaneKind::Touchpoints => rng.pick(&TOUCHPOINTS).to_string(),
        LaneKind::Does => rng.pick(&DOES).to_string(),
        LaneKind::Thinks => rng.pick(&THINKS).to_string(),
        LaneKind::Feels => rng.pick(&FEELINGS).to_string(),
        LaneKind::PainPoints => {
            format!("{} {}", rng.pick(&PAIN_OPENERS), rng.pick(&PAIN_DETAILS))
        }
        LaneKind::Opportunities => rng.pick(&OPPORTUNITIES).to_string(),
        LaneKind::Actions => rng.pick(&ACTIONS).to_string(),
        LaneKind::Backstage => rng.pick(&BACKSTAGE).to_string(),
        _ => rng.pick(&DESCRIPTION_SENTENCES).to_string(),
    }
}

/// A paragraph of one to four sentences.
pub fn description(rng: &mut Rng) -> String {
    let sentences = 1 + rng.below(4);
    (0..sentences)
        .map(|_| *rng.pick(&DESCRIPTION_SENTENCES))
        .collect::<Vec<_>>()
        .join(" ")
}
