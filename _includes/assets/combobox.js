// Suggestions under a text box, as the WAI-ARIA Authoring Practices' combobox with a listbox
// popup ("list autocomplete with manual selection"): typing shows matching options; Down and Up
// move through them (Down opens the list when it is closed, Alt+Down without moving); Enter
// takes the highlighted option; Escape closes the list, or clears the box when it is closed;
// a click takes an option. Focus stays in the text box; the highlighted option is announced
// through aria-activedescendant.

/**
 * @template T
 * @param {{ input: HTMLInputElement, listbox: HTMLElement, suggest: (text: string) => Promise<T[]>, render: (item: T) => Node[], pick: (item: T) => void }} parts
 */
export function attachCombobox({ input, listbox, suggest, render, pick }) {
  let items = [];
  let active = -1;
  let asked = 0;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listbox.id);
  listbox.setAttribute("role", "listbox");
  listbox.hidden = true;

  const isOpen = () => !listbox.hidden;

  function close() {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    active = index;
    [...listbox.children].forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    if (index < 0) input.removeAttribute("aria-activedescendant");
    else {
      const option = listbox.children[index];
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    }
  }

  function show(list) {
    items = list;
    listbox.replaceChildren(
      ...list.map((item, i) => {
        const option = document.createElement("li");
        option.id = `${listbox.id}-${i}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.append(...render(item));
        // Keep focus in the text box when an option is clicked.
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => take(i));
        return option;
      }),
    );
    active = -1;
    input.removeAttribute("aria-activedescendant");
    listbox.hidden = list.length === 0;
    input.setAttribute("aria-expanded", String(list.length > 0));
  }

  function take(index) {
    const item = items[index];
    close();
    if (item !== undefined) pick(item);
  }

  async function refresh() {
    const id = ++asked;
    const list = await suggest(input.value);
    if (id === asked) show(list);
  }

  input.addEventListener("input", () => {
    refresh();
  });
  input.addEventListener("keydown", async (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!isOpen()) {
        await refresh();
        if (!event.altKey && items.length) highlight(0);
      } else if (items.length) highlight((active + 1) % items.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (isOpen() && items.length) highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Enter") {
      if (isOpen() && active >= 0) {
        event.preventDefault();
        take(active);
      } else close();
    } else if (event.key === "Escape") {
      if (isOpen()) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = "";
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    } else if (event.key === "Tab") close();
  });
  input.addEventListener("blur", close);
  return { close };
}
