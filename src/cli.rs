//! The command line: `--lang`, `--data-dir`, `--help`, `--version`, a diagnostic flag,
//! and `gracious review` (see [`crate::review_report`]). Parsed by hand; a handful of
//! options do not need an argument-parsing library (clap was a tenth of the binary's
//! own code).

use std::ffi::OsString;
use std::path::PathBuf;

use unic_langid::LanguageIdentifier;

/// What the command line asks for. (Not the UI's [`crate::Command`].)
#[derive(Debug, PartialEq, Eq)]
pub enum Invocation {
    /// Open the window.
    Run(Options),
    /// Print [`help`] and exit.
    Help,
    /// Print the version and exit.
    Version,
    /// `gracious review`: review a draft and print the result as JSON.
    Review(ReviewOptions),
    /// `gracious review --help`.
    ReviewHelp,
}

/// The options of `gracious review`.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ReviewOptions {
    /// `--lang TAG`: the language of the draft (required).
    pub lang: Option<LanguageIdentifier>,
    /// `--scenario ID`: what the draft is for (default `withdraw-after-interview`).
    pub scenario: Option<String>,
    /// The draft's file; `None` or `-` reads standard input.
    pub file: Option<PathBuf>,
    /// `--cues FILE`: review with these cues instead of the shipped ones (translators).
    pub cues: Option<PathBuf>,
    /// `--data-dir DIR`: whose `dictionaries` folder to look in first.
    pub data_dir: Option<PathBuf>,
    /// `--no-spelling`: leave spelling out (as on a machine without dictionaries).
    pub no_spelling: bool,
}

/// The options of a run.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// `--lang TAG`: the interface language for this run.
    pub lang: Option<LanguageIdentifier>,
    /// `--data-dir DIR`: where the workspace lives.
    pub data_dir: Option<PathBuf>,
    /// `--quit-after-first-frame`: paint one frame, then close.
    pub quit_after_first_frame: bool,
}

/// The text of `--help`.
#[must_use]
pub fn help() -> String {
    format!(
        "Decline a job offer or an interview promptly, clearly and kindly, in your own
language. Everything stays on this computer.

Usage: gracious [OPTIONS]
       gracious review --lang <TAG> [--scenario <ID>] [FILE]
                       (review a draft, print JSON; see gracious review --help)

Options:
      --lang <TAG>              Interface language for this run, as a BCP 47 tag
                                (e.g. de-DE, ja-JP)
      --data-dir <DIR>          Folder where Gracious keeps your data (default: the
                                platform's data folder; on Linux the gracious folder
                                in $XDG_DATA_HOME, usually ~/.local/share/gracious)
      --quit-after-first-frame  Diagnostic: paint the first frame, then close (for
                                start-up measurements)
  -h, --help                    Print this help
  -V, --version                 Print the version

gracious {}",
        env!("CARGO_PKG_VERSION")
    )
}

/// The text of `gracious review --help`.
#[must_use]
pub fn review_help() -> String {
    let scenarios: Vec<&str> = crate::domain::template::Scenario::ALL
        .iter()
        .map(|s| s.stem())
        .collect();
    format!(
        "Review a draft the way the letter editor does, and print the result as one JSON
object. The draft is read from FILE, or from standard input without FILE or with -;
a first line 'Subject: ...' is the subject.

Usage: gracious review --lang <TAG> [--scenario <ID>] [FILE]

Options:
      --lang <TAG>       Language of the draft (e.g. de-DE, ja-JP)
      --scenario <ID>    What the draft is for (default: withdraw-after-interview):
                         {}
      --cues <FILE>      Review with this review.ron instead of the shipped one
      --data-dir <DIR>   Look for spelling dictionaries in DIR/dictionaries first
      --no-spelling      Leave spelling out, as where no dictionary is installed
  -h, --help             Print this help

Exit status: 0 for any review, 2 for bad arguments or an unreadable file.",
        scenarios.join(", ")
    )
}

/// One argument: its option name (`--lang` also for `--lang=de`), the value written
/// inline after `=`, and the argument as given.
struct Arg {
    name: String,
    inline: Option<OsString>,
    raw: OsString,
}

impl Arg {
    fn text(&self) -> String {
        self.raw.to_string_lossy().into_owned()
    }
}

/// The arguments, read an option at a time.
struct Args<I: Iterator<Item = OsString>>(std::iter::Peekable<I>);

impl<I: Iterator<Item = OsString>> Args<I> {
    fn next_arg(&mut self) -> Option<Arg> {
        let raw = self.0.next()?;
        Some(match split_inline(&raw) {
            Some((name, value)) => Arg {
                name,
                inline: Some(value),
                raw,
            },
            None => Arg {
                name: raw.to_string_lossy().into_owned(),
                inline: None,
                raw,
            },
        })
    }

    /// The option's value: inline (`--lang=de`) or the next argument, unless that is an
    /// option.
    fn value(&mut self, arg: &Arg) -> Result<OsString, String> {
        arg.inline
            .clone()
            .or_else(|| {
                self.0
                    .next_if(|next| !next.to_string_lossy().starts_with("--"))
            })
            .ok_or_else(|| format!("{} needs a value", arg.name))
    }
}

/// The value of `--lang`.
fn language_tag(value: &std::ffi::OsStr) -> Result<LanguageIdentifier, String> {
    let tag = value.to_string_lossy();
    tag.parse()
        .map_err(|_| format!("--lang: '{tag}' is not a language tag (try e.g. de-DE or ja-JP)"))
}

/// Reads the arguments after `review`.
fn parse_review(mut args: Args<impl Iterator<Item = OsString>>) -> Result<Invocation, String> {
    let mut options = ReviewOptions::default();
    let review = |e: String| format!("review: {e}");
    while let Some(arg) = args.next_arg() {
        let mut value = || {
            args.value(&arg)
                .and_then(|v| {
                    if v.is_empty() {
                        Err(format!("{} needs a value", arg.name))
                    } else {
                        Ok(v)
                    }
                })
                .map_err(review)
        };
        match arg.name.as_str() {
            "-h" | "--help" => return Ok(Invocation::ReviewHelp),
            "--lang" => options.lang = Some(language_tag(&value()?).map_err(review)?),
            "--scenario" => options.scenario = Some(value()?.to_string_lossy().into_owned()),
            "--cues" => options.cues = Some(PathBuf::from(value()?)),
            "--data-dir" => options.data_dir = Some(PathBuf::from(value()?)),
            "--no-spelling" if arg.inline.is_none() => options.no_spelling = true,
            name if name.starts_with("--") => {
                return Err(review(format!("unknown argument '{}'", arg.text())));
            }
            _ => {
                if options.file.is_some() {
                    return Err(review(format!(
                        "one draft at a time ('{}' is one more)",
                        arg.text()
                    )));
                }
                options.file = Some(PathBuf::from(arg.raw));
            }
        }
    }
    if options.lang.is_none() {
        return Err(review(
            "--lang is required (the language of the draft, e.g. de-DE)".to_owned(),
        ));
    }
    Ok(Invocation::Review(options))
}

/// Reads the arguments after the program name. The error is a sentence for standard
/// error, naming the argument at fault.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Invocation, String> {
    let mut options = Options::default();
    let mut args = Args(args.into_iter().peekable());
    if args.0.peek().is_some_and(|a| a == "review") {
        args.0.next();
        return parse_review(args);
    }
    while let Some(arg) = args.next_arg() {
        match arg.name.as_str() {
            "-h" | "--help" => return Ok(Invocation::Help),
            "-V" | "--version" => return Ok(Invocation::Version),
            "--quit-after-first-frame" if arg.inline.is_none() => {
                options.quit_after_first_frame = true;
            }
            "--lang" => options.lang = Some(language_tag(&args.value(&arg)?)?),
            "--data-dir" => {
                let dir = args.value(&arg)?;
                if dir.is_empty() {
                    return Err("--data-dir needs a folder".to_owned());
                }
                options.data_dir = Some(PathBuf::from(dir));
            }
            _ => return Err(format!("unknown argument '{}'", arg.text())),
        }
    }
    Ok(Invocation::Run(options))
}

/// `--name=value` split at the first `=`, the value kept as it was given (a folder name
/// that is not UTF-8 stays that folder).
#[cfg(unix)]
fn split_inline(arg: &std::ffi::OsStr) -> Option<(String, OsString)> {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let bytes = arg.as_bytes();
    let eq = bytes.iter().position(|b| *b == b'=')?;
    let name = std::str::from_utf8(&bytes[..eq]).ok()?;
    name.starts_with("--").then(|| {
        (
            name.to_owned(),
            OsString::from_vec(bytes[eq + 1..].to_vec()),
        )
    })
}

/// `--name=value` split at the first `=` (elsewhere than Unix, as text).
#[cfg(not(unix))]
fn split_inline(arg: &std::ffi::OsStr) -> Option<(String, OsString)> {
    let text = arg.to_str()?;
    let (name, value) = text.split_once('=')?;
    name.starts_with("--")
        .then(|| (name.to_owned(), OsString::from(value)))
}

/// The data folder given on the command line must be a folder, or not exist yet (it is
/// created): a file there is an error at start, not a session that cannot save.
pub fn check_data_dir(dir: &std::path::Path) -> Result<(), String> {
    match std::fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => Err(format!(
            "--data-dir: '{}' exists and is not a folder",
            dir.display()
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Invocation, String> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn options_with_separate_and_inline_values() {
        let expected = Invocation::Run(Options {
            lang: Some("de-DE".parse().expect("tag")),
            data_dir: Some(PathBuf::from("/tmp/g d")),
            quit_after_first_frame: true,
        });
        assert_eq!(
            parse_strs(&[
                "--lang",
                "de-DE",
                "--data-dir",
                "/tmp/g d",
                "--quit-after-first-frame"
            ]),
            Ok(expected)
        );
        let Ok(Invocation::Run(inline)) = parse_strs(&["--lang=ja-JP", "--data-dir=/a=b"]) else {
            panic!("inline values should parse");
        };
        assert_eq!(inline.lang, Some("ja-JP".parse().expect("tag")));
        assert_eq!(inline.data_dir, Some(PathBuf::from("/a=b")));
        assert_eq!(parse_strs(&[]), Ok(Invocation::Run(Options::default())));
    }

    #[test]
    fn review_takes_its_own_options() {
        let Ok(Invocation::Review(r)) = parse_strs(&[
            "review",
            "--lang",
            "de-DE",
            "--scenario=ask-for-time",
            "draft.txt",
        ]) else {
            panic!("review parses");
        };
        assert_eq!(r.lang, Some("de-DE".parse().expect("tag")));
        assert_eq!(r.scenario.as_deref(), Some("ask-for-time"));
        assert_eq!(r.file, Some(PathBuf::from("draft.txt")));
        assert_eq!(
            parse_strs(&["review", "--help"]),
            Ok(Invocation::ReviewHelp)
        );
        let err = |args: &[&str]| parse_strs(args).expect_err("should fail");
        assert!(err(&["review"]).contains("--lang is required"));
        assert!(err(&["review", "--lang"]).contains("--lang needs a value"));
        assert!(err(&["review", "--lang", "en-US", "a", "b"]).contains("one draft at a time"));
        assert!(err(&["review", "--lang", "en-US", "--colour"]).contains("unknown argument"));
        // "review" is a subcommand only in first place.
        assert!(err(&["--lang", "en-US", "review"]).contains("unknown argument 'review'"));
    }

    #[test]
    fn help_and_version_win() {
        assert_eq!(
            parse_strs(&["--lang", "de", "--help"]),
            Ok(Invocation::Help)
        );
        assert_eq!(parse_strs(&["-h"]), Ok(Invocation::Help));
        assert_eq!(parse_strs(&["-V"]), Ok(Invocation::Version));
        assert_eq!(parse_strs(&["--version"]), Ok(Invocation::Version));
        let help = help();
        for option in [
            "--lang <TAG>",
            "--data-dir <DIR>",
            "--quit-after-first-frame",
        ] {
            assert!(help.contains(option), "{option}");
        }
        assert!(help.contains(env!("CARGO_PKG_VERSION")));
    }

    #[test]
    fn mistakes_are_named() {
        let err = |args: &[&str]| parse_strs(args).expect_err("should fail");
        assert_eq!(err(&["--lang"]), "--lang needs a value");
        assert_eq!(err(&["--data-dir"]), "--data-dir needs a value");
        assert_eq!(
            err(&["--data-dir", "--lang", "de"]),
            "--data-dir needs a value"
        );
        assert_eq!(err(&["--data-dir="]), "--data-dir needs a folder");
        assert!(err(&["--lang", "not a tag!"]).contains("'not a tag!' is not a language tag"));
        assert_eq!(err(&["--colour"]), "unknown argument '--colour'");
        assert_eq!(err(&["extra"]), "unknown argument 'extra'");
        assert_eq!(
            err(&["--quit-after-first-frame=yes"]),
            "unknown argument '--quit-after-first-frame=yes'"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_data_dir_that_is_not_utf8_is_kept_as_is() {
        use std::os::unix::ffi::OsStringExt;
        let dir = OsString::from_vec(b"/tmp/caf\xe9".to_vec());
        let Ok(Invocation::Run(options)) = parse([OsString::from("--data-dir"), dir.clone()])
        else {
            panic!("should parse");
        };
        assert_eq!(options.data_dir, Some(PathBuf::from(dir)));
    }

    #[cfg(unix)]
    #[test]
    fn an_inline_data_dir_that_is_not_utf8_is_kept_as_it_is() {
        use std::os::unix::ffi::OsStringExt;
        let mut arg = b"--data-dir=/tmp/caf".to_vec();
        arg.push(0xE9); // "café" in Latin-1: not UTF-8
        let Ok(Invocation::Run(options)) = parse([OsString::from_vec(arg)]) else {
            panic!("parses");
        };
        let mut expected = b"/tmp/caf".to_vec();
        expected.push(0xE9);
        assert_eq!(
            options.data_dir,
            Some(PathBuf::from(OsString::from_vec(expected)))
        );
    }

    #[test]
    fn a_data_dir_that_is_a_file_is_an_error() {
        let dir = tempfile_dir();
        let file = dir.join("not-a-folder");
        std::fs::write(&file, "x").expect("write");
        assert!(check_data_dir(&file).is_err());
        assert!(check_data_dir(&dir).is_ok());
        assert!(check_data_dir(&dir.join("not-yet")).is_ok());
        let _ = std::fs::remove_dir_all(dir);
    }

    fn tempfile_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("gracious-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }
}
