// Generated document forms: rows of table editors added and removed in place, and a live list of the required fields
// still empty. Progressive enhancement only: without this script the buttons post the form and the server does the same.
(function () {
    "use strict";

    function isBlank(element) {
        return element.value.trim() === "";
    }

    function rowIsBlank(row) {
        return Array.prototype.every.call(row.querySelectorAll("input, select, textarea"), isBlank);
    }

    function renumber(tbody) {
        Array.prototype.forEach.call(tbody.querySelectorAll("tr[data-row]"), function (row, index) {
            row.querySelector(".row-number").textContent = String(index + 1);
        });
    }

    // A new row copies the last one with empty values and the next free index in its field names.
    function addRow(editor) {
        var tbody = editor.querySelector("tbody");
        var rows = tbody.querySelectorAll("tr[data-row]");
        var last = rows[rows.length - 1];
        var next = 0;
        editor.querySelectorAll("[name]").forEach(function (input) {
            var match = /\[(\d+)\]\.[^\[\]]+$/.exec(input.name);
            if (match) next = Math.max(next, Number(match[1]) + 1);
        });
        var row = last.cloneNode(true);
        row.querySelectorAll("input, select, textarea").forEach(function (input) {
            input.name = input.name.replace(/\[\d+\](\.[^\[\]]+)$/, "[" + next + "]$1");
            input.value = "";
            input.classList.remove("missing");
        });
        tbody.appendChild(row);
        enableRemove(row);
        renumber(tbody);
        row.querySelector("input, select, textarea").focus();
    }

    function enableRemove(row) {
        var button = row.querySelector(".remove-row");
        if (!button) return;
        button.hidden = false;
        button.addEventListener("click", function () {
            var tbody = row.parentNode;
            if (tbody.querySelectorAll("tr[data-row]").length > 1) row.remove();
            else row.querySelectorAll("input, select, textarea").forEach(function (input) { input.value = ""; });
            renumber(tbody);
            check(tbody.closest("form"));
        });
    }

    // Marks every required input left empty and lists them by label beside the submit button.
    function check(form) {
        var missing = [];
        form.querySelectorAll("[aria-required=true]").forEach(function (input) {
            if (input.closest("tr[data-row]")) return;
            var empty = isBlank(input);
            input.classList.toggle("missing", empty);
            if (empty) missing.push(input.dataset.label);
        });
        form.querySelectorAll("fieldset.table-editor").forEach(function (editor) {
            var filled = Array.prototype.filter.call(editor.querySelectorAll("tr[data-row]"), function (row) { return !rowIsBlank(row); });
            var listMissing = editor.classList.contains("required") && filled.length === 0;
            editor.classList.toggle("missing", listMissing);
            if (listMissing) missing.push(editor.dataset.label + " (chưa có dòng nào)");
            // A cell is required only in a row that has something in it: blank rows are dropped.
            editor.querySelectorAll("tr[data-row] [aria-required=true]").forEach(function (cell) { cell.classList.remove("missing"); });
            filled.forEach(function (row) {
                row.querySelectorAll("[aria-required=true]").forEach(function (cell) {
                    if (!isBlank(cell)) return;
                    cell.classList.add("missing");
                    missing.push(editor.dataset.label + ", dòng " + row.querySelector(".row-number").textContent + ": " + cell.dataset.label);
                });
            });
        });
        var summary = form.querySelector("[data-missing-summary]");
        var button = form.querySelector("[data-submit-check]");
        var lead = (summary && summary.dataset.missingSummary) || "Còn thiếu trước khi trình";
        if (summary) summary.textContent = missing.length ? lead + ": " + missing.join("; ") + "." : "";
        // The button keeps its name (what it does); its tooltip and description say what is missing.
        if (button) {
            button.title = missing.length ? "Còn thiếu " + missing.length + " mục: " + missing.join("; ") : "";
            button.classList.toggle("incomplete", missing.length > 0);
            if (summary) {
                summary.id = summary.id || "missing-summary";
                button.setAttribute("aria-describedby", summary.id);
            }
        }
    }

    document.querySelectorAll("form[data-live-check=true]").forEach(function (form) {
        form.querySelectorAll("fieldset.table-editor").forEach(function (editor) {
            var add = editor.querySelector(".add-row");
            if (add) {
                add.type = "button";
                add.addEventListener("click", function () { addRow(editor); check(form); });
            }
            editor.querySelectorAll("tr[data-row]").forEach(enableRemove);
        });
        form.addEventListener("input", function () { check(form); });
        form.addEventListener("change", function () { check(form); });
        check(form);
    });
})();
