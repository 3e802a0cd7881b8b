//! Which language the system asks for, at first start: on Linux and other
//! Unix systems the POSIX variables `LC_ALL`, `LC_MESSAGES` and `LANG`, in that
//! order; on Windows and macOS the user's language, through `sys-locale`.

use super::Language;

/// The language a locale name such as `fr_FR.UTF-8`, `fr-CA` or `en_GB`
/// stands for; None for a language the interface does not speak, and for the
/// `C` and `POSIX` locales.
pub fn from_locale_name(name: &str) -> Option<Language> {
    let language: String = name
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    match language.as_str() {
        "fr" => Some(Language::French),
        "en" => Some(Language::English),
        _ => None,
    }
}

/// The language the POSIX variables ask for, read through `variable`: the
/// first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty
/// decides, as it does for every program's messages. English when it names
/// another language or none is set.
pub fn from_environment(variable: impl Fn(&str) -> Option<String>) -> Language {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(variable)
        .find(|value| !value.is_empty())
        .and_then(|value| from_locale_name(&value))
        .unwrap_or_default()
}

/// The language of this system's user.
pub fn system_language() -> Language {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        sys_locale::get_locale()
            .and_then(|name| from_locale_name(&name))
            .unwrap_or_default()
    } else {
        from_environment(|name| std::env::var(name).ok())
    }
}
