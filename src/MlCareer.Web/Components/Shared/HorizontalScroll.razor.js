// Scrolls a horizontal box so that its [data-scroll-start] child is the first thing seen after its sticky
// column ([data-scroll-sticky], if any). Runs once, when the circuit first renders the box.
export function scrollToStart(box) {
    const target = box?.querySelector("[data-scroll-start]");
    if (!target) {
        return;
    }

    const sticky = box.querySelector("[data-scroll-sticky]");
    const stickyWidth = sticky ? sticky.getBoundingClientRect().width : 0;
    const offset = target.getBoundingClientRect().left - box.getBoundingClientRect().left + box.scrollLeft - stickyWidth;
    box.scrollLeft = Math.max(0, offset);
}
