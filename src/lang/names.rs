//! The names of the model's and the exporter's choices in a language, from
//! the catalogue's lists, which follow the order of each type's `ALL` list.

use super::Language;
use crate::export::{Format, PageSize};
use crate::interchange;
use crate::model::{Channel, LaneKind, Level, LinkKind, MapType, MomentKind};
use crate::templates::{CATALOGUE, Template};

/// The item of `names` at the place of `item` in `all`; the lists are the same
/// length, checked by the catalogue's types.
fn name_of<T: PartialEq>(all: &[T], names: &[&'static str], item: &T) -> &'static str {
    all.iter()
        .position(|candidate| candidate == item)
        .and_then(|i| names.get(i))
        .copied()
        .unwrap_or_default()
}

impl Language {
    /// A channel's name; a custom channel keeps its own.
    pub fn channel(self, channel: &Channel) -> &str {
        match channel {
            Channel::Custom(name) => name,
            built_in => name_of(&Channel::BUILT_IN, &self.words().channels, built_in),
        }
    }

    /// A lane kind's name, which is also the title a new lane of the kind gets.
    pub fn lane_kind(self, kind: LaneKind) -> &'static str {
        name_of(&LaneKind::ALL, &self.words().lane_kinds, &kind)
    }

    /// A severity's or a priority's name.
    pub fn level(self, level: Level) -> &'static str {
        name_of(&Level::ALL, &self.words().levels, &level)
    }

    /// A moment of truth's kind.
    pub fn moment_kind(self, kind: MomentKind) -> &'static str {
        name_of(&MomentKind::ALL, &self.words().moment_kinds, &kind)
    }

    /// A link's kind.
    pub fn link_kind(self, kind: LinkKind) -> &'static str {
        name_of(&LinkKind::ALL, &self.words().link_kinds, &kind)
    }

    /// A map's type.
    pub fn map_type(self, map_type: MapType) -> &'static str {
        name_of(&MapType::ALL, &self.words().map_types, &map_type)
    }

    /// An export format's name.
    pub fn export_format(self, format: Format) -> &'static str {
        name_of(&Format::ALL, &self.words().export_formats, &format)
    }

    /// The name of another tool's format, in file dialogs.
    pub fn exchange_format(self, format: interchange::Format) -> &'static str {
        let names = self.words().exchange_formats;
        match format {
            interchange::Format::Csv => names[0],
            interchange::Format::Mermaid => names[1],
            interchange::Format::Xlsx => names[2],
        }
    }

    /// A page shape's name.
    pub fn page_size(self, size: PageSize) -> &'static str {
        name_of(&PageSize::ALL, &self.words().page_sizes, &size)
    }

    /// A shipped template's or example's title, as the templates window
    /// offers it (the command line names it by its `name`).
    pub fn template_title(self, template: &Template) -> &'static str {
        let index = CATALOGUE.iter().position(|t| t.name == template.name);
        index
            .and_then(|i| self.words().template_titles.get(i))
            .copied()
            .unwrap_or(template.name)
    }

    /// What a shipped template or example holds.
    pub fn template_description(self, template: &Template) -> &'static str {
        let index = CATALOGUE.iter().position(|t| t.name == template.name);
        index
            .and_then(|i| self.words().template_descriptions.get(i))
            .copied()
            .unwrap_or(template.description)
    }
}
