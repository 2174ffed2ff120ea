import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AssessmentForm } from "./assessment-form";
import "./styles.css";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AssessmentForm />
    </StrictMode>,
  );
}
