"""Every message the dashboard can pass to `t()`: code literals, message constants and displayed data text.

The French catalogue must hold all of them (tests/test_i18n.py checks it). From the command line:

    python -m dashboard.locales.extract          # messages with no French entry, with where they are used

Code is read with `ast`, never imported, so a page file (which runs Streamlit at import) is safe
to scan. A call `t("...")` (implicit concatenation included) is a message; so is a string
argument of `plural(count, one, many)`, which picks one of two messages, and the pair of
messages `sources_text` takes (in a call, or as its default). `t(NAME)` and
`t(labels.get(code, code))` are followed to a string or a dict of strings assigned to that
name in the same module, and `t(module.NAME)` or an imported `NAME` to a module-level string
(or tuple of strings) of another scanned module. Calls that stay dynamic (`t(row["item"])`) are
listed by `dynamic_calls`: their text comes from the data (see `data_messages`) or is checked at
run time by the French page tests.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

from dashboard.data import DataPackage
from dashboard.paths import REPO_ROOT

CODE_ROOTS = ("dashboard", "components", "pages")
# Function name -> positions of its arguments that are messages.
MESSAGE_FUNCTIONS: dict[str, tuple[int, ...]] = {"t": (0,), "plural": (1, 2), "sources_text": (2,)}
# Data text shown through t(): dataset -> columns. Proper nouns (publishers, program titles,
# institutions) are not listed: they are shown as the sources wrote them. Free text (funding
# periods and notes) is not listed either: the data package carries its French in `<column>_fr`
# columns, which the views show on French pages (see dashboard.i18n.in_page_language).
DATA_COLUMNS: dict[str, tuple[str, ...]] = {
    "survey_results": ("item", "qualifier", "topic"),
    "surveys": ("title", "sample_unit"),
    "learner_aid": ("program", "measure", "unit", "qualifier"),
    "catalogue": ("cost_note", "field", "delivery_mode", "duration_note"),
    "funding": ("scope", "status", "exactness"),
    "sources": ("kind",),
    "provinces": ("region",),
}
# Status words computed in the views rather than read from a column.
DERIVED_DATA_MESSAGES = ("price published",)


def _python_files(root: Path) -> Iterator[Path]:
    for folder in CODE_ROOTS:
        yield from sorted((root / folder).rglob("*.py"))


def _strings(node: ast.AST | None, dict_values_only: bool = True) -> list[str]:
    """String constants in a literal: the string itself, a container's items, or a dict's values."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Dict):
        parts = node.values if dict_values_only else [*node.keys, *node.values]
        return [s for part in parts for s in _strings(part, dict_values_only)]
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return [s for element in node.elts for s in _strings(element, dict_values_only)]
    return []


def _assignments(tree: ast.Module) -> dict[str, list[ast.AST]]:
    """Every value assigned to a plain name anywhere in the module, by name."""
    found: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, []).append(node.value)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            found.setdefault(node.target.id, []).append(node.value)
    return found


def _module_constants(tree: ast.Module) -> dict[str, ast.AST]:
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            constants[node.targets[0].id] = node.value
    return constants


def _module_name(relative: Path) -> str:
    """`components/text.py` -> `components.text`; a package's `__init__.py` is the package."""
    parts = relative.with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


class _Scanner:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in _python_files(root)}
        # Module-level constants of every scanned module: by (file name without .py, constant name) for
        # `module.NAME`, and by (dotted module name, constant name) for `from package.module import NAME`.
        self.constants: dict[tuple[str, str], ast.AST] = {}
        self.imports: dict[tuple[str, str], ast.AST] = {}
        for path, tree in self.trees.items():
            module = _module_name(path.relative_to(root))
            for name, value in _module_constants(tree).items():
                self.constants[(path.stem, name)] = value
                self.imports[(module, name)] = value
        self.messages: dict[str, list[str]] = {}
        self.dynamic: list[str] = []

    def add(self, text: str, where: str) -> None:
        if text.strip():
            self.messages.setdefault(text, []).append(where)

    def resolve(self, node: ast.AST, assigned: dict[str, list[ast.AST]]) -> list[str] | None:
        """The messages an argument can be, or None when it depends on run-time values."""
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else []
        if isinstance(node, ast.Tuple):
            parts = [self.resolve(element, assigned) for element in node.elts]
            return None if any(part is None for part in parts) else [s for part in parts for s in part or []]
        if isinstance(node, ast.IfExp):
            body, orelse = self.resolve(node.body, assigned), self.resolve(node.orelse, assigned)
            return None if body is None or orelse is None else body + orelse
        if isinstance(node, ast.Name) and node.id in assigned:
            values = [s for value in assigned[node.id] for s in _strings(value)]
            return values or None
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and isinstance(node.func.value, ast.Name)
        ):
            return self.resolve(node.func.value, assigned)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            value = self.constants.get((node.value.id, node.attr))
            return _strings(value) or None if value is not None else None
        return None

    def imported_constants(self, tree: ast.Module) -> dict[str, list[ast.AST]]:
        """Constants that `from module import NAME` brings from another scanned module, by local name."""
        found: dict[str, list[ast.AST]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    if (node.module, alias.name) in self.imports:
                        found[alias.asname or alias.name] = [self.imports[(node.module, alias.name)]]
        return found

    def scan(self) -> None:
        for path, tree in self.trees.items():
            assigned = self.imported_constants(tree) | _assignments(tree)
            relative = path.relative_to(self.root).as_posix()
            for node in ast.walk(tree):
                if isinstance(node, ast.FunctionDef) and node.name in MESSAGE_FUNCTIONS:
                    self.scan_defaults(node, assigned, f"{relative}:{node.lineno}")
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                    continue
                positions = MESSAGE_FUNCTIONS.get(node.func.id)
                if positions is None:
                    continue
                where = f"{relative}:{node.lineno}"
                for position in positions:
                    if position >= len(node.args):
                        continue
                    resolved = self.resolve(node.args[position], assigned)
                    if resolved is None:
                        self.dynamic.append(f"{where}: {node.func.id}({ast.unparse(node.args[position])})")
                    for text in resolved or []:
                        self.add(text, where)

    def scan_defaults(self, function: ast.FunctionDef, assigned: dict[str, list[ast.AST]], where: str) -> None:
        """The default value of a message argument (`sources_text`'s `more`) is a message too."""
        arguments, defaults = function.args.args, function.args.defaults
        first_default = len(arguments) - len(defaults)
        for position in MESSAGE_FUNCTIONS[function.name]:
            if position >= first_default:
                for text in self.resolve(defaults[position - first_default], assigned) or []:
                    self.add(text, where)


def code_messages(root: Path = REPO_ROOT) -> dict[str, list[str]]:
    """Message -> where it is used (`path:line`), for every message written in the code."""
    scanner = _Scanner(root)
    scanner.scan()
    for text, where in constant_messages(root).items():
        scanner.add(text, where)
    return scanner.messages


def dynamic_calls(root: Path = REPO_ROOT) -> list[str]:
    """Calls of t() whose message is only known at run time, as `path:line: t(expression)`."""
    scanner = _Scanner(root)
    scanner.scan()
    return scanner.dynamic


def constant_messages(root: Path = REPO_ROOT) -> dict[str, str]:
    """Messages kept in constants that reach t() through a loop: page titles, method notes, caveats."""
    found: dict[str, str] = {}
    sitemap = ast.parse((root / "dashboard" / "sitemap.py").read_text(encoding="utf-8"))
    pages = ast.literal_eval(_module_constants(sitemap)["PAGES"])
    for section, entries in pages.items():
        found[section] = "dashboard/sitemap.py:PAGES"
        for _file, title, *_ in entries:
            found[title] = "dashboard/sitemap.py:PAGES"
    about = ast.parse((root / "dashboard" / "views" / "about.py").read_text(encoding="utf-8"))
    constants = _module_constants(about)
    for name in ("METHOD_NOTES", "CAVEATS"):
        for text in _strings(constants[name]):
            found[text] = f"dashboard/views/about.py:{name}"
    return found


def data_messages(package: DataPackage) -> dict[str, str]:
    """Data text the pages show through t(): message -> `dataset.column` (or `datapackage.json`)."""
    found: dict[str, str] = {text: "views" for text in DERIVED_DATA_MESSAGES}
    for dataset, columns in DATA_COLUMNS.items():
        if dataset not in package.frames:
            continue
        frame = package.frames[dataset]
        for column in columns:
            for value in frame.get_column(column).drop_nulls().unique().to_list():
                if str(value).strip():
                    found[str(value)] = f"{dataset}.{column}"
    if package.spec is not None:
        for resource in package.spec.resources.values():
            for text in (resource.title, resource.description):
                if text:
                    found[text] = f"datapackage.json:{resource.name}"
            for field in resource.fields:
                for text in (field.description, field.type, field.unit):
                    if text:
                        found[text] = f"datapackage.json:{resource.name}.{field.name}"
    return found


def main() -> int:
    """Print every message without a French entry; exit 1 when there is any."""
    from dashboard.data import load_package
    from dashboard.locales import CATALOGUES
    from dashboard.paths import BUNDLED_DATA_DIR

    french = CATALOGUES["fr"]
    wanted = {text: ", ".join(where[:3]) for text, where in code_messages().items()}
    wanted |= {
        text: where for text, where in data_messages(load_package(BUNDLED_DATA_DIR)).items() if text not in wanted
    }
    missing = {text: where for text, where in wanted.items() if text not in french}
    for text, where in sorted(missing.items(), key=lambda item: item[1]):
        print(f"{where}\t{text!r}")  # noqa: T201 - a command-line report
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
