export function App() {
  return <main>PostLens options</main>;
}
