import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A GET search form: the query lands in the URL, so results are shareable and survive reloads. */
export function SearchBox({
  action,
  defaultValue,
  label,
  button,
  hidden = {},
}: {
  action: string;
  defaultValue: string;
  label: string;
  button: string;
  hidden?: Record<string, string>;
}) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      className="flex w-full min-w-0 gap-2 sm:w-auto sm:max-w-sm sm:flex-1"
    >
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="relative min-w-0 flex-1">
        <Search
          className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-500"
          aria-hidden
        />
        <Input
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={label}
          aria-label={label}
          className="pl-9"
          maxLength={100}
        />
      </div>
      <Button type="submit" variant="secondary">
        {button}
      </Button>
    </form>
  );
}
