//! What a gesture on the canvas does, decided once: the same plan is painted
//! while the pointer moves and applied when it is released, so what the user
//! sees is what the map becomes.

use std::ops::RangeInclusive;

use egui::{Pos2, Rect};

use super::CanvasInput;
use crate::edit::Edit;
use crate::lang::Language;
use crate::layout::{CellPlace, Hit, MapLayout, link_handle};
use crate::model::{
    Anchor, Card, CardId, CurveId, EmotionPoint, LaneId, LaneKind, Link, LinkId, LinkKind, PointId,
    StageId,
};
use crate::ui::palette::PaletteItem;
use crate::ui::selection::{Cell, Selection};

/// The widths a stage can be dragged to, in map units.
pub const STAGE_WIDTHS: RangeInclusive<f32> = 120.0..=2000.0;
/// The heights a lane can be dragged to, in map units.
pub const LANE_HEIGHTS: RangeInclusive<f32> = 40.0..=2000.0;
/// A drag of cards shorter than this, in map units, moves nothing.
const MIN_CARD_MOVE: f32 = 3.0;

/// A drag under way, started on what the pointer pressed.
#[derive(Clone, Debug, PartialEq)]
pub enum Drag {
    /// Moves the view: a drag on what cannot be dragged (empty space, the
    /// emotion lane, a link, a persona).
    Pan,
    /// Moves cards to another cell.
    Cards {
        /// The cards moved: the selection if the pressed card is in it, else
        /// that card alone.
        ids: Vec<CardId>,
        /// Where the pointer pressed, in map units.
        grab_in_map: Pos2,
    },
    /// Moves an emotion point: up or down to a new score, sideways onto the
    /// nearest touchpoint card or stage.
    Point {
        /// The curve the point is on.
        curve: CurveId,
        /// The point moved.
        point: PointId,
    },
    /// Moves a stage, by its header, to another place among the stages.
    Stage(StageId),
    /// Sets a stage's width by its header's right edge.
    StageWidth {
        /// The stage resized.
        stage: StageId,
        /// The left edge of its header, in map units.
        left: f32,
    },
    /// Moves a lane, by its title, to another place among the lanes.
    Lane(LaneId),
    /// Sets a lane's height by its title's bottom edge.
    LaneHeight {
        /// The lane resized.
        lane: LaneId,
        /// The top of its row, in map units.
        top: f32,
    },
    /// Draws a new link from a card's link handle to the card released on.
    Link {
        /// The card the link starts from.
        from: CardId,
    },
    /// Draws a selection rectangle (Shift and a drag on nothing to grab).
    RubberBand {
        /// The corner where the drag started, in map units.
        start_in_map: Pos2,
    },
}

/// What a gesture shows while the pointer moves, in map units.
#[derive(Clone, Debug, PartialEq)]
pub enum Preview {
    /// Nothing to show: a pan, or a gesture with nowhere to go.
    Nothing,
    /// Cards following the pointer, and the cell they would land in.
    Cards {
        /// Each dragged card's rectangle, moved with the pointer.
        ghosts: Vec<Rect>,
        /// The cell and position they would land in; None while the pointer is
        /// over no cell or has moved too little.
        place: Option<CellPlace>,
    },
    /// A new card's cell.
    NewCard(CellPlace),
    /// An emotion point at its new score.
    Point {
        /// Where the point would be drawn: the pointer's x, the score's y.
        pos: Pos2,
        /// The score it would have.
        score: i32,
    },
    /// Where a moved stage would go: a line at this x.
    StageSlot {
        /// The left edge of the stage it would go before (or the right edge of
        /// the last stage).
        x: f32,
    },
    /// A stage's new right edge.
    StageEdge {
        /// The right edge at the new width (120 to 2000 map units wide).
        x: f32,
    },
    /// Where a moved lane would go: a line at this y.
    LaneSlot {
        /// Just above the lane it would go before, or the map's bottom.
        y: f32,
    },
    /// A lane's new bottom edge.
    LaneEdge {
        /// The bottom edge at the new height (40 to 2000 map units high).
        y: f32,
    },
    /// An arrow from a card's handle, and the card it would link to.
    Link {
        /// The link handle of the card it starts from.
        from: Pos2,
        /// The pointer.
        to: Pos2,
        /// The rectangle of the card under the pointer, if there is one other
        /// than the card the link starts from.
        target: Option<Rect>,
    },
    /// A selection rectangle.
    Band(Rect),
}

/// A gesture's whole effect: what it shows now and what releasing it does.
#[derive(Clone, Debug, PartialEq)]
pub struct DropPlan {
    /// What to paint over the map while the gesture goes on.
    pub preview: Preview,
    /// The change releasing it makes to the map; None when it changes nothing.
    pub edit: Option<Edit>,
    /// The selection after the release, when the gesture changes it.
    pub select: Option<Selection>,
}

impl DropPlan {
    fn show(preview: Preview) -> Self {
        Self {
            preview,
            edit: None,
            select: None,
        }
    }

    fn with_edit(preview: Preview, edit: Option<Edit>) -> Self {
        Self {
            preview,
            edit,
            select: None,
        }
    }
}

/// Decides what a drag starting on `hit` at `origin_in_map` moves.
pub fn drag_for(
    layout: &MapLayout,
    hit: Hit,
    selection: &Selection,
    origin_in_map: Pos2,
    shift: bool,
) -> Drag {
    match hit {
        Hit::LinkHandle(from) => Drag::Link { from },
        Hit::Point { curve, point } => Drag::Point { curve, point },
        Hit::Card(card) => Drag::Cards {
            ids: if selection.cards().contains(&card) {
                selection.cards().to_vec()
            } else {
                vec![card]
            },
            grab_in_map: origin_in_map,
        },
        Hit::StageEdge(stage) => layout
            .stage(stage)
            .map_or(Drag::Pan, |column| Drag::StageWidth {
                stage,
                left: column.header.left(),
            }),
        Hit::Stage(stage) => Drag::Stage(stage),
        Hit::LaneEdge(lane) => layout.lane(lane).map_or(Drag::Pan, |row| Drag::LaneHeight {
            lane,
            top: row.rect.top(),
        }),
        Hit::Lane(lane) => Drag::Lane(lane),
        _ if shift => Drag::RubberBand {
            start_in_map: origin_in_map,
        },
        _ => Drag::Pan,
    }
}

/// The plan of a drag with the pointer at `pointer_in_map`.
pub fn plan(input: &CanvasInput<'_>, drag: &Drag, pointer_in_map: Pos2) -> DropPlan {
    match drag {
        Drag::Pan => DropPlan::show(Preview::Nothing),
        Drag::Cards { ids, grab_in_map } => plan_cards(input, ids, *grab_in_map, pointer_in_map),
        Drag::Point { curve, point } => plan_point(input, *curve, *point, pointer_in_map),
        Drag::Stage(stage) => plan_stage_move(input, *stage, pointer_in_map),
        Drag::StageWidth { stage, left } => plan_stage_width(input, *stage, *left, pointer_in_map),
        Drag::Lane(lane) => plan_lane_move(input, *lane, pointer_in_map),
        Drag::LaneHeight { lane, top } => plan_lane_height(input, *lane, *top, pointer_in_map),
        Drag::Link { from } => plan_link(input, *from, pointer_in_map),
        Drag::RubberBand { start_in_map } => plan_band(input, *start_in_map, pointer_in_map),
    }
}

fn plan_cards(
    input: &CanvasInput<'_>,
    ids: &[CardId],
    grab_in_map: Pos2,
    pointer_in_map: Pos2,
) -> DropPlan {
    let offset = pointer_in_map - grab_in_map;
    let ghosts = ids
        .iter()
        .filter_map(|id| input.layout.cards.get(id))
        .map(|rect| rect.translate(offset))
        .collect();
    let place = if grab_in_map.distance(pointer_in_map) < MIN_CARD_MOVE {
        None
    } else {
        input.layout.place_at(input.map, pointer_in_map)
    };
    let edit = place.map(|to| Edit::MoveCards {
        cards: ids.to_vec(),
        to,
    });
    DropPlan::with_edit(Preview::Cards { ghosts, place }, edit)
}

fn plan_point(
    input: &CanvasInput<'_>,
    curve: CurveId,
    point: PointId,
    pointer_in_map: Pos2,
) -> DropPlan {
    let moved = moved_point(input, curve, point, pointer_in_map);
    let preview = moved
        .as_ref()
        .and_then(|moved| {
            let y = input.layout.score_y(input.map, moved.score)?;
            Some(Preview::Point {
                pos: Pos2::new(pointer_in_map.x, y),
                score: moved.score,
            })
        })
        .unwrap_or(Preview::Nothing);
    DropPlan {
        preview,
        edit: moved.map(|point| Edit::SetPoint { curve, point }),
        select: Some(Selection::Point { curve, point }),
    }
}

fn plan_stage_move(input: &CanvasInput<'_>, stage: StageId, pointer_in_map: Pos2) -> DropPlan {
    let layout = input.layout;
    let to_index = layout.stage_index_at_x(pointer_in_map.x);
    let x = match layout.stages.get(to_index) {
        Some(column) => column.rect.left(),
        None => layout.stages.last().map_or(0.0, |c| c.rect.right()),
    };
    let edit = Edit::MoveStage { stage, to_index };
    DropPlan::with_edit(Preview::StageSlot { x }, Some(edit))
}

fn plan_stage_width(
    input: &CanvasInput<'_>,
    stage: StageId,
    left: f32,
    pointer_in_map: Pos2,
) -> DropPlan {
    let width = clamp_round(pointer_in_map.x - left, &STAGE_WIDTHS);
    let edit = input.map.stage(stage).cloned().map(|mut changed| {
        changed.width = Some(width);
        Edit::ReplaceStage(changed)
    });
    DropPlan::with_edit(Preview::StageEdge { x: left + width }, edit)
}

fn plan_lane_move(input: &CanvasInput<'_>, lane: LaneId, pointer_in_map: Pos2) -> DropPlan {
    let (map, layout) = (input.map, input.layout);
    let to_index = lane_index_at_y(input, pointer_in_map.y);
    let y = map
        .lanes
        .get(to_index..)
        .and_then(|rest| rest.iter().find_map(|l| layout.lane(l.id)))
        .map_or(layout.bounds.bottom(), |row| row.rect.top() - 3.0);
    let edit = Edit::MoveLane { lane, to_index };
    DropPlan::with_edit(Preview::LaneSlot { y }, Some(edit))
}

fn plan_lane_height(
    input: &CanvasInput<'_>,
    lane: LaneId,
    top: f32,
    pointer_in_map: Pos2,
) -> DropPlan {
    let height = clamp_round(pointer_in_map.y - top, &LANE_HEIGHTS);
    let edit = input.map.lane(lane).cloned().map(|mut changed| {
        changed.height = Some(height);
        Edit::ReplaceLane(changed)
    });
    DropPlan::with_edit(Preview::LaneEdge { y: top + height }, edit)
}

fn clamp_round(size: f32, range: &RangeInclusive<f32>) -> f32 {
    size.clamp(*range.start(), *range.end()).round()
}

fn plan_link(input: &CanvasInput<'_>, from: CardId, pointer_in_map: Pos2) -> DropPlan {
    let (map, layout) = (input.map, input.layout);
    let Some(start) = layout.cards.get(&from).map(|rect| link_handle(*rect)) else {
        return DropPlan::show(Preview::Nothing);
    };
    let to = layout.card_at(pointer_in_map).filter(|to| *to != from);
    let preview = Preview::Link {
        from: start,
        to: pointer_in_map,
        target: to.and_then(|to| layout.cards.get(&to).copied()),
    };
    let Some(to) = to else {
        return DropPlan::show(preview);
    };
    let backwards = match (map.card(from), map.card(to)) {
        (Some(a), Some(b)) => map.stage_index(b.stage) < map.stage_index(a.stage),
        _ => false,
    };
    let id = LinkId(map.next_free_id());
    let link = Link {
        id,
        from,
        to: Some(to),
        kind: if backwards {
            LinkKind::LoopBack
        } else {
            LinkKind::MainPath
        },
        label: String::new(),
        share: None,
    };
    DropPlan {
        preview,
        edit: Some(Edit::SetLink(link)),
        select: Some(Selection::Link(id)),
    }
}

fn plan_band(input: &CanvasInput<'_>, start_in_map: Pos2, pointer_in_map: Pos2) -> DropPlan {
    let band = Rect::from_two_pos(start_in_map, pointer_in_map);
    let layout = input.layout;
    let mut cards: Vec<CardId> = input
        .map
        .cards
        .iter()
        .filter(|c| layout.cards.get(&c.id).is_some_and(|r| r.intersects(band)))
        .map(|c| c.id)
        .collect();
    cards.dedup();
    let select = if cards.is_empty() {
        Selection::Map
    } else {
        Selection::Cards(cards)
    };
    DropPlan {
        preview: Preview::Band(band),
        edit: None,
        select: Some(select),
    }
}

/// The plan of a palette item dragged over the canvas: a new card in the lane
/// of its kind, at the stage under the pointer.
pub fn plan_palette_drop(
    input: &CanvasInput<'_>,
    item: &PaletteItem,
    pointer_in_map: Pos2,
) -> DropPlan {
    let Some(place) = palette_place(input, item.lane_kind(), pointer_in_map) else {
        return DropPlan::show(Preview::Nothing);
    };
    let map = input.map;
    let mut card = Card::new(
        CardId(map.next_free_id()),
        place.lane,
        place.stage,
        item.default_text(Language::of_map(&map.meta.language)),
    );
    card.step = place.step;
    card.channel = item.channel();
    DropPlan {
        preview: Preview::NewCard(place),
        select: Some(Selection::Cards(vec![card.id])),
        edit: Some(Edit::InsertCard {
            card,
            index: place.index,
        }),
    }
}

/// The cell under the pointer when its lane holds cards of `kind`; otherwise
/// the end of the first visible lane of that kind, at the stage under the pointer.
fn palette_place(
    input: &CanvasInput<'_>,
    kind: LaneKind,
    pointer_in_map: Pos2,
) -> Option<CellPlace> {
    let (map, layout) = (input.map, input.layout);
    let under = layout.place_at(map, pointer_in_map);
    if let Some(place) = under
        && map.lane(place.lane).is_some_and(|l| l.kind == kind)
    {
        return Some(place);
    }
    let stage = under
        .map(|p| p.stage)
        .or_else(|| layout.stage_nearest_x(pointer_in_map.x))?;
    let lane = map.lanes.iter().find(|l| l.kind == kind && !l.hidden)?.id;
    let step = under.and_then(|p| p.step);
    let index = layout
        .cells
        .iter()
        .filter(|((l, s, _), _)| *l == lane && *s == stage)
        .map(|(_, cards)| cards.len())
        .sum();
    Some(CellPlace {
        lane,
        stage,
        step,
        index,
    })
}

/// The place among all lanes (hidden ones included) of a lane dropped at height `y`.
fn lane_index_at_y(input: &CanvasInput<'_>, y: f32) -> usize {
    input
        .map
        .lanes
        .iter()
        .position(|lane| {
            input
                .layout
                .lane(lane.id)
                .is_some_and(|row| row.rect.center().y > y)
        })
        .unwrap_or(input.map.lanes.len())
}

/// The emotion point dragged to `pointer_in_map`: its score snapped to the scale,
/// and re-anchored if it moved along the journey.
fn moved_point(
    input: &CanvasInput<'_>,
    curve: CurveId,
    point: PointId,
    pointer_in_map: Pos2,
) -> Option<EmotionPoint> {
    let (map, layout) = (input.map, input.layout);
    let original = map
        .curves
        .iter()
        .find(|c| c.id == curve)?
        .points
        .iter()
        .find(|p| p.id == point)?;
    let placed = layout
        .curves
        .iter()
        .find(|c| c.id == curve)?
        .points
        .iter()
        .find(|p| p.id == point)?;
    let score = layout.score_at(map, pointer_in_map.y)?;
    let anchor = if (pointer_in_map.x - placed.pos.x).abs() < 20.0 {
        original.anchor
    } else {
        nearest_anchor(input, pointer_in_map.x)?
    };
    Some(EmotionPoint {
        score,
        anchor,
        ..original.clone()
    })
}

/// The anchor nearest to `x` along the journey: a touchpoint card, or a stage.
fn nearest_anchor(input: &CanvasInput<'_>, x: f32) -> Option<Anchor> {
    let (map, layout) = (input.map, input.layout);
    let touchpoints = map.cards_of_kind(LaneKind::Touchpoints).filter_map(|c| {
        let anchor = Anchor::Card(c.id);
        layout.anchor_x(map, anchor).map(|x| (anchor, x))
    });
    let stages = layout
        .stages
        .iter()
        .map(|s| (Anchor::Stage(s.id), s.rect.center().x));
    touchpoints
        .chain(stages)
        .min_by(|a, b| (a.1 - x).abs().total_cmp(&(b.1 - x).abs()))
        .map(|(anchor, _)| anchor)
}

/// What a click on `hit` does: selects what it hit, or adds an emotion point in
/// the emotion lane. `toggle` (Shift or Ctrl held) adds a card to the selection.
pub fn plan_click(
    input: &CanvasInput<'_>,
    hit: Hit,
    selection: &Selection,
    pointer_in_map: Pos2,
    toggle: bool,
) -> DropPlan {
    let select = match hit {
        Hit::LinkHandle(_) => return DropPlan::show(Preview::Nothing),
        Hit::Point { curve, point } => Selection::Point { curve, point },
        Hit::Card(card) if toggle => {
            let mut toggled = selection.clone();
            toggled.toggle_card(card);
            toggled
        }
        Hit::Card(card) => Selection::Cards(vec![card]),
        Hit::Link(link) => Selection::Link(link),
        Hit::Persona(persona) => Selection::Persona(persona),
        Hit::Stage(stage) | Hit::StageEdge(stage) => Selection::Stage(stage),
        Hit::Lane(lane) | Hit::LaneEdge(lane) => Selection::Lane(lane),
        Hit::EmotionLane => return plan_new_point(input, pointer_in_map),
        Hit::Nothing => match input.layout.place_at(input.map, pointer_in_map) {
            Some(place) => Selection::Cell(Cell {
                lane: place.lane,
                stage: place.stage,
                step: place.step,
            }),
            None => Selection::Map,
        },
    };
    DropPlan {
        preview: Preview::Nothing,
        edit: None,
        select: Some(select),
    }
}

/// A new point on the first visible curve, where the emotion lane was clicked.
fn plan_new_point(input: &CanvasInput<'_>, pointer_in_map: Pos2) -> DropPlan {
    let map = input.map;
    let new_point = map.curves.iter().find(|c| !c.hidden).and_then(|curve| {
        let point = EmotionPoint {
            id: PointId(map.next_free_id()),
            anchor: nearest_anchor(input, pointer_in_map.x)?,
            score: input.layout.score_at(map, pointer_in_map.y)?,
            reason: String::new(),
        };
        Some((curve.id, point))
    });
    let Some((curve, point)) = new_point else {
        return DropPlan {
            preview: Preview::Nothing,
            edit: None,
            select: Some(Selection::Map),
        };
    };
    DropPlan {
        preview: Preview::Nothing,
        select: Some(Selection::Point {
            curve,
            point: point.id,
        }),
        edit: Some(Edit::SetPoint { curve, point }),
    }
}
