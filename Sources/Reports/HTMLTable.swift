// Reports: HTML tables of numbers and text, escaped, for the page and its text alternatives.

/// A cell of an ``HTMLTable``.
struct HTMLCell {
    /// The cell's markup, already escaped.
    var markup: String
    /// Whether the cell holds a number (right-aligned).
    var isNumber: Bool

    /// A cell of plain text, escaped here.
    static func text(_ value: String) -> HTMLCell {
        HTMLCell(markup: Markup.escape(value), isNumber: false)
    }

    /// A cell of a number written for people.
    static func number(_ value: String) -> HTMLCell {
        HTMLCell(markup: Markup.escape(value), isNumber: true)
    }

    /// A cell of markup the caller has escaped (a link, a swatch).
    static func markup(_ value: String) -> HTMLCell {
        HTMLCell(markup: value, isNumber: false)
    }
}

/// A table with a header row and a caption, written as HTML.
struct HTMLTable {
    /// The caption (plain text).
    var caption: String
    /// The column headers (plain text).
    var headers: [String]
    /// The rows of cells.
    var rows: [[HTMLCell]]
    /// An extra class on the `<table>` element.
    var className: String = "data"

    /// Appends the table's HTML to `output`.
    ///
    /// - Complexity: O(total length of the cells).
    func write(to output: inout PageText) {
        Self.open(caption: caption, headers: headers, className: className, to: &output)
        for row in rows {
            output += "<tr>"
            for cell in row {
                output += cell.isNumber ? "<td class=\"num\">" : "<td>"
                output += cell.markup
                output += "</td>"
            }
            output += "</tr>"
        }
        Self.close(to: &output)
    }

    /// Writes a table's start: the caption and the header row, up to the first body row.
    /// Long tables write their rows straight after it (no array of cells), then ``close(to:)``.
    static func open(
        caption: String, headers: [String], className: String = "data",
        to output: inout PageText
    ) {
        output += "<div class=\"scroll\"><table class=\"" + className + "\"><caption>"
        output += Markup.escape(caption) + "</caption><thead><tr>"
        for header in headers {
            output += "<th scope=\"col\">"
            output += Markup.escape(header)
            output += "</th>"
        }
        output += "</tr></thead><tbody>"
    }

    /// Writes the end of a table begun with ``open(caption:headers:className:to:)``.
    static func close(to output: inout PageText) {
        output += "</tbody></table></div>"
    }
}
