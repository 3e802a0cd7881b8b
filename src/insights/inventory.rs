//! The touchpoint inventory: which channels touch the customer at which stage,
//! who owns them, and whether the brand controls them.

use std::collections::HashMap;

use super::places::Places;
use crate::model::{CardId, Channel, StageId};

/// Touchpoint counts by channel and stage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChannelInventory {
    /// The columns: every stage, in the map's order.
    pub stages: Vec<StageId>,
    /// One row per channel, in the order the journey first meets it.
    pub rows: Vec<ChannelRow>,
}

/// One channel of the inventory.
#[derive(Clone, Debug, PartialEq)]
pub struct ChannelRow {
    /// The channel.
    pub channel: Channel,
    /// How many of its cards sit at each stage, in the order of
    /// [`ChannelInventory::stages`].
    pub counts: Vec<usize>,
    /// Its cards, in journey order.
    pub cards: Vec<CardId>,
    /// The owners (departments, partners) of its cards, each once, in journey
    /// order; cards without an owner add none.
    pub owners: Vec<String>,
    /// How many of its cards the brand controls.
    pub brand_controlled: usize,
}

impl ChannelRow {
    /// How many cards the channel has in all.
    pub fn total(&self) -> usize {
        self.cards.len()
    }

    /// How many of its cards the brand does not control (review sites, friends...).
    pub fn not_brand_controlled(&self) -> usize {
        self.total() - self.brand_controlled
    }
}

impl ChannelInventory {
    /// How many touchpoints the inventory counts, and how many of them the brand controls.
    pub fn totals(&self) -> (usize, usize) {
        let total = self.rows.iter().map(ChannelRow::total).sum();
        let controlled = self.rows.iter().map(|r| r.brand_controlled).sum();
        (total, controlled)
    }
}

/// Every card with a channel, whatever its lane, counted by channel and stage.
pub fn channels(places: &Places) -> ChannelInventory {
    let stages: Vec<StageId> = places.map.stages.iter().map(|s| s.id).collect();
    let mut touchpoints: Vec<_> = places
        .map
        .cards
        .iter()
        .filter_map(|card| Some((places.card_order(card)?, card, card.channel.as_ref()?)))
        .collect();
    touchpoints.sort_by_key(|(order, _, _)| *order);
    let mut rows: Vec<ChannelRow> = Vec::new();
    let mut row_of: HashMap<&Channel, usize> = HashMap::new();
    for ((stage_index, _, _), card, channel) in touchpoints {
        let row = *row_of.entry(channel).or_insert_with(|| {
            rows.push(ChannelRow {
                channel: channel.clone(),
                counts: vec![0; stages.len()],
                cards: Vec::new(),
                owners: Vec::new(),
                brand_controlled: 0,
            });
            rows.len() - 1
        });
        let row = &mut rows[row];
        row.counts[stage_index] += 1;
        row.cards.push(card.id);
        row.brand_controlled += usize::from(card.brand_controlled);
        let owner = card.owner.trim();
        if !owner.is_empty() && !row.owners.iter().any(|o| o == owner) {
            row.owners.push(owner.to_owned());
        }
    }
    ChannelInventory { stages, rows }
}
