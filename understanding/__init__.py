"""Understanding what citizens type: free text, questions, codes, fields, out-of-scope topics.

Rules-based, explainable and offline. The modules are pure (they import only `core.folding` and their own
storage functions), so the conversation can call them at any step:

- `normalize`: folding, chat shorthand and typos, tokens; `codes.find_code`: ticket codes as typed;
- `intents.understand(text)`: what the citizen wants, with a category, field, code and urgency suggested;
- `commands.finishes(text)` / `commands.correction(text)`: "xong rồi", "sửa số điện thoại" inside a report;
- `knowledge.answer(db, text)`: an approved answer from the ward's question-and-answer base, or None;
- `scope.out_of_scope(db, text)`: who handles a matter the ward's page does not;
- `fields.suggest_field(text, db)`: the field, from the ward's keyword table.
"""
