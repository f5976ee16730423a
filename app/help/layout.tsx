// The help centre: public (no sign-in; outside the cabinet's layout, which redirects to /login),
// printable (print.css hides the navigation) and in three languages.
import "./help.css";

export default function HelpLayout({ children }: { children: React.ReactNode }) {
  return children;
}
