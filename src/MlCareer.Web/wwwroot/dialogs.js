// While a dialog is open the page behind it is inert (MainLayout). When the page comes back to life, focus
// returns to the element that had it when the dialog opened — the dialog's opener — unless something else
// outside the closing dialog took it meanwhile. A dialog's own attempt to restore focus can arrive while the
// page is still inert, and be lost; this does not depend on that, nor on whether the dialog took focus before
// or after the page became inert, nor on whether the page comes back before or after the dialog is gone.
// A dialog opened from a menu item returns focus to the menu's button: the item is gone with its menu, so focus
// inside a menu's popover is not taken as the opener, as focus inside a dialog is not.
const openers = new WeakMap();
const inDialogOrMenu = element => element instanceof Element && element.closest("[role=dialog], .mud-popover") !== null;
let lastOutside = null;

document.addEventListener("focusin", event => {
    if (!inDialogOrMenu(event.target)) {
        lastOutside = event.target;
    }
});

new MutationObserver(records => {
    for (const record of records) {
        const page = record.target;
        if (page.hasAttribute("inert")) {
            const active = document.activeElement;
            openers.set(page, active && active !== document.body && !inDialogOrMenu(active) ? active : lastOutside);
            continue;
        }

        const opener = openers.get(page);
        openers.delete(page);
        const active = document.activeElement;
        if (opener && opener.isConnected && (!active || active === document.body || !active.isConnected || inDialogOrMenu(active))) {
            opener.focus();
        }
    }
}).observe(document.body, { attributes: true, attributeFilter: ["inert"], subtree: true });

// A dialog listens for Escape on itself, through MudBlazor's key interceptor, which the dialog connects only
// after its first render reaches the server and comes back. An Escape pressed while focus rests on the document
// (a modal dialog lets it rest there between its last element and its first, as a native one does), or pressed
// before the interceptor is connected (right after the dialog appears, on a busy server), would be lost. Such an
// Escape is handed to the topmost dialog once its interceptor listens, so the dialog closes as it would had the
// key been pressed inside it a moment later.
const listens = container => container.mudKeyInterceptor?._isConnected === true;

function handEscapeTo(container, dialog, deadline) {
    if (!container.isConnected) {
        return;
    }

    if (!listens(container)) {
        if (performance.now() < deadline) {
            requestAnimationFrame(() => handEscapeTo(container, dialog, deadline));
        }

        return;
    }

    dialog.focus();
    dialog.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", code: "Escape", bubbles: true, cancelable: true }));
}

document.addEventListener("keydown", event => {
    if (event.key !== "Escape" || event.defaultPrevented || !event.isTrusted) {
        return;
    }

    const containers = document.querySelectorAll(".mud-dialog-container");
    const container = containers[containers.length - 1];
    const dialog = container?.querySelector("[role=dialog]");
    if (!dialog || (listens(container) && dialog.contains(event.target))) {
        return;
    }

    handEscapeTo(container, dialog, performance.now() + 5000);
});
