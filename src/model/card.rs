//! Cards: what sits in a cell of the grid (touchpoints, pain points, notes...).

use serde::{Deserialize, Serialize};

use super::{CardId, EmbeddedImage, LaneId, StageId, StepId};

/// Where a touchpoint meets the customer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// The brand's website.
    Website,
    /// A shop, branch or any on-site visit.
    Store,
    /// Phone and call centre.
    Phone,
    /// One-to-one email.
    Email,
    /// Mass mailings the customer subscribed to.
    Newsletter,
    /// Text messages.
    Sms,
    /// Chat with a person, on the site or in the app.
    LiveChat,
    /// Automated chat.
    Chatbot,
    /// The brand's app on a phone or tablet.
    MobileApp,
    /// Social networks, the brand's pages and what people post.
    SocialNetwork,
    /// Online forums and communities.
    Forum,
    /// Smart FAQ and self-care.
    SelfCare,
    /// Review sites, which the brand does not control.
    ReviewSite,
    /// What friends, family and colleagues say.
    WordOfMouth,
    /// Programmatic, retargeting and native ads.
    Ads,
    /// Letters and leaflets sent by post.
    DirectMail,
    /// In-person events, fairs, workshops.
    Event,
    /// A channel of the client's own naming.
    Custom(String),
}

impl Channel {
    /// Every built-in channel, in palette order.
    pub const BUILT_IN: [Channel; 17] = [
        Channel::Website,
        Channel::Store,
        Channel::Phone,
        Channel::Email,
        Channel::Newsletter,
        Channel::Sms,
        Channel::LiveChat,
        Channel::Chatbot,
        Channel::MobileApp,
        Channel::SocialNetwork,
        Channel::Forum,
        Channel::SelfCare,
        Channel::ReviewSite,
        Channel::WordOfMouth,
        Channel::Ads,
        Channel::DirectMail,
        Channel::Event,
    ];

    /// The channel's name as the editor shows it (English); a custom channel's own name.
    pub fn label(&self) -> &str {
        match self {
            Channel::Website => "Website",
            Channel::Store => "Store / on site",
            Channel::Phone => "Phone / call centre",
            Channel::Email => "Email",
            Channel::Newsletter => "Newsletter",
            Channel::Sms => "SMS",
            Channel::LiveChat => "Live chat",
            Channel::Chatbot => "Chatbot",
            Channel::MobileApp => "Mobile app",
            Channel::SocialNetwork => "Social networks",
            Channel::Forum => "Forum",
            Channel::SelfCare => "FAQ / self-care",
            Channel::ReviewSite => "Review sites",
            Channel::WordOfMouth => "Word of mouth",
            Channel::Ads => "Ads",
            Channel::DirectMail => "Direct mail",
            Channel::Event => "Events",
            Channel::Custom(name) => name,
        }
    }

    /// The channel's name in the map's language, as slides show it; a custom
    /// channel's own name.
    pub fn label_in(&self, language: &str) -> &str {
        if !super::is_french(language) {
            return self.label();
        }
        match self {
            Channel::Website => "Site web",
            Channel::Store => "Magasin / sur place",
            Channel::Phone => "Téléphone / centre d’appels",
            Channel::LiveChat => "Chat en direct",
            Channel::MobileApp => "Application mobile",
            Channel::SocialNetwork => "Réseaux sociaux",
            Channel::SelfCare => "FAQ / selfcare",
            Channel::ReviewSite => "Sites d’avis",
            Channel::WordOfMouth => "Bouche-à-oreille",
            Channel::Ads => "Publicité",
            Channel::DirectMail => "Courrier",
            Channel::Event => "Événements",
            other => other.label(),
        }
    }
}

/// Severity of a pain point or priority of an opportunity or action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    /// The lowest severity or priority.
    Low,
    /// Above low, below high.
    Medium,
    /// Above medium, below critical.
    High,
    /// The highest severity or priority: to deal with first.
    Critical,
}

impl Level {
    /// Every level, from lowest to highest.
    pub const ALL: [Level; 4] = [Level::Low, Level::Medium, Level::High, Level::Critical];

    /// The level's name in English; [`Level::label_in`] gives it in the map's language.
    pub fn label(self) -> &'static str {
        match self {
            Level::Low => "Low",
            Level::Medium => "Medium",
            Level::High => "High",
            Level::Critical => "Critical",
        }
    }

    /// The label in the map's language, as cards show it.
    pub fn label_in(self, language: &str) -> &'static str {
        if !super::is_french(language) {
            return self.label();
        }
        match self {
            Level::Low => "Faible",
            Level::Medium => "Moyen",
            Level::High => "Élevé",
            Level::Critical => "Critique",
        }
    }
}

/// A remark in a card's discussion thread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    /// Who wrote it, as they signed.
    pub author: String,
    /// When it was written, as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// The remark itself.
    pub text: String,
}

/// A measure of the voice of the customer or of performance (NPS, CSAT, conversion...).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    /// What is measured, e.g. "NPS" or "Renewal email open rate".
    pub name: String,
    /// The measured value, in `unit`; always a finite number in a valid map.
    pub value: f64,
    /// The unit written after the number, e.g. "%"; empty for a bare number.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// The value aimed for, in the same unit; `None` when no target is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// Where the number comes from (survey, analytics, support logs...).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

/// One card, in a lane at a stage (and optionally a step of that stage).
/// Cards of one cell are ordered as they appear in [`super::JourneyMap::cards`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// The card's identifier, unique across the map.
    pub id: CardId,
    /// The lane (row) the card sits in; never the emotion lane.
    pub lane: LaneId,
    /// The stage (column) the card sits in.
    pub stage: StageId,
    /// The step of `stage` the card sits in; `None` puts it in the stage's first
    /// step when the stage has steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<StepId>,
    /// The words shown on the card.
    pub text: String,
    /// Longer notes about the card, beyond what fits on it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// For touchpoints: where the customer meets the brand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// The owner or department (marketing, sales, support, partner...).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// For touchpoints: whether the brand controls it (a review site does not).
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub brand_controlled: bool,
    /// For pain points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Level>,
    /// For opportunities and actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Level>,
    /// For opportunities: what doing it would bring to customers and the business.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Level>,
    /// For opportunities: what doing it would cost in time, money and people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effort: Option<Level>,
    /// Dot votes the card got in a workshop, where each participant places a few
    /// dots on what matters most; 0 when no one voted.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub votes: u32,
    /// Whether the card is manual, repeated work: a candidate for automation.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub manual_work: bool,
    /// For manual work: the hours it takes a week, when known; counted only when
    /// `manual_work` is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_per_week: Option<f32>,
    /// Free keywords to group and find cards by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The discussion thread about the card, in the order they were added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
    /// For metric cards: the measures the card reports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<Metric>,
    /// For image lanes: the picture, with `text` as its caption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<EmbeddedImage>,
}

fn yes() -> bool {
    true
}

fn is_yes(value: &bool) -> bool {
    *value
}

fn is_zero(value: &u32) -> bool {
    *value == 0
}

impl Card {
    /// A card with only its place and text: brand-controlled, everything else empty.
    pub fn new(id: CardId, lane: LaneId, stage: StageId, text: impl Into<String>) -> Self {
        Self {
            id,
            lane,
            stage,
            step: None,
            text: text.into(),
            description: String::new(),
            channel: None,
            owner: String::new(),
            brand_controlled: true,
            severity: None,
            priority: None,
            value: None,
            effort: None,
            votes: 0,
            manual_work: false,
            hours_per_week: None,
            tags: Vec::new(),
            comments: Vec::new(),
            metrics: Vec::new(),
            image: None,
        }
    }
}
