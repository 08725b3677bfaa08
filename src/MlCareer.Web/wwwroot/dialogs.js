// While a dialog is open the page behind it is inert (MainLayout). When the page comes back to life, focus
// returns to the element that had it when the dialog opened — the dialog's opener — unless something else
// took it meanwhile. A dialog's own attempt to restore focus can arrive while the page is still inert, and
// be lost; this does not depend on that.
const openers = new WeakMap();

new MutationObserver(records => {
    for (const record of records) {
        const page = record.target;
        if (page.hasAttribute("inert")) {
            openers.set(page, document.activeElement);
            continue;
        }

        const opener = openers.get(page);
        openers.delete(page);
        const active = document.activeElement;
        if (opener && opener.isConnected && (!active || active === document.body || !active.isConnected)) {
            opener.focus();
        }
    }
}).observe(document.body, { attributes: true, attributeFilter: ["inert"], subtree: true });

// A modal dialog lets focus rest on the document between its last element and its first, as a native one does.
// The dialog listens for Escape on itself, so an Escape pressed while focus rests there would be lost: hand it
// to the topmost dialog, which closes as it would had the key been pressed inside it.
document.addEventListener("keydown", event => {
    if (event.key !== "Escape" || event.defaultPrevented) {
        return;
    }

    const active = document.activeElement;
    if (active && active !== document.body && active.closest("[role=dialog]")) {
        return;
    }

    const dialogs = document.querySelectorAll(".mud-dialog-container [role=dialog]");
    const topmost = dialogs[dialogs.length - 1];
    if (topmost) {
        topmost.focus();
        topmost.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", code: "Escape", bubbles: true, cancelable: true }));
    }
});
