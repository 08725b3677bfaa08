// While a dialog is open the page behind it is inert (MainLayout). When the page comes back to life, focus
// returns to the element that had it when the dialog opened — the dialog's opener — unless something else
// outside the closing dialog took it meanwhile. A dialog's own attempt to restore focus can arrive while the
// page is still inert, and be lost; this does not depend on that, nor on whether the dialog took focus before
// or after the page became inert, nor on whether the page comes back before or after the dialog is gone.
const openers = new WeakMap();
const inDialog = element => element instanceof Element && element.closest("[role=dialog]") !== null;
let lastOutside = null;

document.addEventListener("focusin", event => {
    if (!inDialog(event.target)) {
        lastOutside = event.target;
    }
});

new MutationObserver(records => {
    for (const record of records) {
        const page = record.target;
        if (page.hasAttribute("inert")) {
            const active = document.activeElement;
            openers.set(page, active && active !== document.body && !inDialog(active) ? active : lastOutside);
            continue;
        }

        const opener = openers.get(page);
        openers.delete(page);
        const active = document.activeElement;
        if (opener && opener.isConnected && (!active || active === document.body || !active.isConnected || inDialog(active))) {
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
