// Place suggestions under the search box, as the WAI-ARIA Authoring Practices' combobox with a
// listbox popup ("list autocomplete with manual selection"). GitHub's combobox-nav moves through
// the options (Up, Down; aria-activedescendant and aria-selected; Enter or a click takes one;
// typing in an input method is left alone); this file opens and closes the list: typing shows
// matching options, Down opens a closed list (Alt+Down without moving into it), Escape closes
// the list or, when it is closed, clears the box, and leaving the box closes it.
import Combobox from "/assets/vendor/combobox-nav.js";

/**
 * @template T
 * @param {{ input: HTMLInputElement, listbox: HTMLElement, suggest: (text: string) => Promise<T[]>, render: (item: T) => Node[], pick: (item: T) => void }} parts
 */
export function attachCombobox({ input, listbox, suggest, render, pick }) {
  let items = [];
  let asked = 0;
  listbox.setAttribute("role", "listbox");
  listbox.hidden = true;
  const combobox = new Combobox(input, listbox, { tabInsertsSuggestions: false });
  const isOpen = () => !listbox.hidden;

  function open() {
    if (isOpen()) return;
    listbox.hidden = false;
    combobox.start();
  }

  function close() {
    if (!isOpen()) return;
    combobox.stop();
    listbox.hidden = true;
  }

  function show(list) {
    items = list;
    listbox.replaceChildren(
      ...list.map((item, i) => {
        const option = document.createElement("li");
        option.id = `${listbox.id}-${i}`;
        option.dataset.index = String(i);
        option.setAttribute("role", "option");
        option.append(...render(item));
        return option;
      }),
    );
    if (list.length) {
      open();
      combobox.resetSelection();
    } else close();
  }

  async function refresh() {
    const id = ++asked;
    const list = await suggest(input.value);
    if (id === asked) show(list);
  }

  // A click on an option must not take the focus out of the box.
  listbox.addEventListener("mousedown", (event) => event.preventDefault());
  listbox.addEventListener("combobox-commit", (event) => {
    const item = items[Number(event.target.closest("[role=option]")?.dataset.index)];
    close();
    if (item !== undefined) pick(item);
  });
  input.addEventListener("input", () => {
    refresh();
  });
  // Registered before combobox-nav's own handler, which runs only while the list is open.
  input.addEventListener("keydown", async (event) => {
    if (event.key === "ArrowDown" && !isOpen()) {
      event.preventDefault();
      await refresh();
      if (!event.altKey && isOpen()) combobox.navigate(1);
    } else if (event.key === "Escape") {
      if (isOpen()) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = "";
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    } else if (event.key === "Enter" && isOpen() && !input.hasAttribute("aria-activedescendant")) {
      // No option chosen: the form is sent as typed, and the list goes.
      close();
    } else if (event.key === "Tab") close();
  });
  input.addEventListener("blur", close);
}
